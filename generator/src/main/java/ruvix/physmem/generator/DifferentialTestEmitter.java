package ruvix.physmem.generator;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import javax.lang.model.element.Modifier;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysMemError;

/**
 * Emits {@code <Profile>DifferentialTest}: the generated allocator of a profile against the
 * reference model, call for call, through the harness of {@code ruvix.physmem.model.diff} (which
 * shrinks, prints and saves every divergence). Per map of {@link DifferentialMaps}: a seeded random
 * trace sweeping occupancy from empty to full and back. For profiles small enough, every sequence
 * of {@value #EXHAUSTIVE_DEPTH} hostile-inclusive moves. For every profile, a Jazzer fuzz target
 * over all its maps. For the crate's geometry, the crate's documented behaviours on its example
 * values. The generator depends on none of the test libraries: their types are named, not linked.
 */
final class DifferentialTestEmitter {
    /** JUnit tag of the exhaustive tests, which mutation testing leaves out: each takes seconds per mutant. */
    static final String EXHAUSTIVE_TAG = "exhaustive";

    private static final ClassName TAG = ClassName.get("org.junit.jupiter.api", "Tag");

    /** Moves per exhaustively explored sequence. */
    static final int EXHAUSTIVE_DEPTH = 5;
    /** Moves per exhaustively explored sequence of the request alphabet (issue 8's requests). */
    static final int REQUESTS_DEPTH = 4;
    /** Profiles up to this capacity are explored exhaustively. */
    static final long EXHAUSTIVE_CAPACITY = 64;
    /** Calls of the shortest random trace. */
    static final int MIN_CALLS = 50_000;
    /** Calls between full snapshot comparisons on maps larger than the exhaustive ones. */
    static final int SNAPSHOT_EVERY = 32;

    private static final String DIFF = "ruvix.physmem.model.diff";
    private static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");
    private static final ClassName FUZZ_TEST = ClassName.get("com.code_intelligence.jazzer.junit", "FuzzTest");
    private static final ClassName ASSERTIONS = ClassName.get("org.junit.jupiter.api", "Assertions");
    private static final ClassName REFERENCE = ClassName.get("ruvix.physmem.model", "ReferenceAllocator");
    private static final ClassName CHECKS = ClassName.get(DIFF, "DifferentialChecks");
    private static final ClassName SETUP = ClassName.get(DIFF, "DifferentialSetup");
    private static final ClassName FACTORY = ClassName.get(DIFF, "AllocatorFactory");
    private static final ClassName EXPLORER = ClassName.get(DIFF, "ExhaustiveExplorer");
    private static final ClassName DRIVER_RESULT = ClassName.get(DIFF, "RandomDriver", "Result");
    private static final ClassName MEMORY_MAP = ClassName.get(MemoryMap.class);

    private DifferentialTestEmitter() {}

    /** The simple name of the differential test of {@code profile}. */
    static String testClassName(AllocatorProfile profile) {
        return profile.className().replaceFirst("Allocator$", "") + "DifferentialTest";
    }

    static TypeSpec emit(EmitContext ctx) {
        AllocatorProfile p = ctx.profile();
        ClassName self = ClassName.get(EmitContext.PACKAGE, testClassName(p));
        List<DifferentialMaps.Named> maps = DifferentialMaps.of(p);
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc("$L", classDoc(ctx))
                .addField(FieldSpec.builder(
                                AllocatorProfile.class, "PROFILE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc(
                                "$L",
                                Docs.wrap("Profile {@code " + p.name()
                                        + "} as the generator read it: the model takes its geometry from here."))
                        .initializer(profileLiteral(p))
                        .build());
        for (DifferentialMaps.Named m : maps) {
            type.addField(FieldSpec.builder(MEMORY_MAP, m.field(), Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L", Docs.wrap(m.doc()))
                    .initializer(mapLiteral(m.map()))
                    .build());
        }
        type.addMethod(referenceFactory());
        type.addMethod(setupHelper(ctx, self));
        type.addMethod(reinitialized(ctx, maps));
        type.addMethod(sweepCheck());
        if (p.capacityPages() <= EXHAUSTIVE_CAPACITY) {
            type.addMethod(exhaustive(ctx, maps.get(0)));
            type.addMethod(exhaustive(ctx, maps.get(1)));
            type.addMethod(exhaustiveRequests(ctx, maps.get(0)));
            type.addMethod(exhaustiveRequests(ctx, maps.get(1)));
        }
        for (int i = 0; i < maps.size(); i++) {
            type.addMethod(random(ctx, maps.get(i), i));
        }
        type.addMethod(fuzz(ctx, maps));
        if (CrateConformanceEmitter.applies(p)) {
            CrateConformanceEmitter.emit(ctx, type);
        }
        return type.build();
    }

    private static String classDoc(EmitContext ctx) {
        return Docs.wrap("Differential tests of {@link " + ctx.className().simpleName()
                        + "} against the reference model (issue 9): the two run side by side and are"
                        + " compared after every call - result or error, page counts, free blocks per order"
                        + (ctx.stats() ? ", statistics" : "")
                        + " - and every few calls on the complete free-block snapshot. A divergence fails"
                        + " with the shortest trace that reproduces it, printed and saved under"
                        + " target/diff-failures/ for {@code ./physmem replay}.")
                + "\n<p>Fuzzing (the committed inputs run as regression tests in every build):\n"
                + "{@code JAZZER_FUZZ=1 mvn -B -pl generated -am test -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dtest=" + testClassName(ctx.profile()) + "#fuzz}\n";
    }

    private static CodeBlock profileLiteral(AllocatorProfile p) {
        CodeBlock map = p.defaultMap().isPresent()
                ? CodeBlock.of(
                        "$T.of($L)",
                        java.util.Optional.class,
                        mapLiteral(p.defaultMap().get()))
                : CodeBlock.of("$T.empty()", java.util.Optional.class);
        return CodeBlock.of(
                "new $T($S, $S, $L, $L, $LL, $L, $L, $L)",
                AllocatorProfile.class,
                p.name(),
                p.description(),
                p.pageShift(),
                p.maxOrder(),
                p.capacityPages(),
                p.stats(),
                p.debugAlloc(),
                map);
    }

    static CodeBlock mapLiteral(MemoryMap map) {
        CodeBlock.Builder regions = CodeBlock.builder();
        for (int i = 0; i < map.regions().size(); i++) {
            MemoryMap.Region r = map.regions().get(i);
            regions.add(i == 0 ? "" : ", ").add("new $T.Region($L, $LL)", MemoryMap.class, hex(r.base()), r.pages());
        }
        CodeBlock.Builder reserved = CodeBlock.builder();
        for (int i = 0; i < map.reserved().size(); i++) {
            MemoryMap.Reserved r = map.reserved().get(i);
            reserved.add(i == 0 ? "" : ", ")
                    .add("new $T.Reserved($L, $L, $S)", MemoryMap.class, hex(r.start()), hex(r.end()), r.label());
        }
        return CodeBlock.of(
                "$T.of($L, $T.of($L), $T.of($L))",
                MemoryMap.class,
                map.pageShift(),
                List.class,
                regions.build(),
                List.class,
                reserved.build());
    }

    static String hex(long value) {
        return "0x" + Long.toHexString(value) + "L";
    }

    private static MethodSpec referenceFactory() {
        return MethodSpec.methodBuilder("reference")
                .addJavadoc(
                        "$L",
                        Docs.wrap("The reference model with the profile's geometry, initialized with {@code map}."))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(PageAllocator.class)
                .addParameter(MEMORY_MAP, "map")
                .addStatement("$T reference = $T.forProfile(PROFILE)", REFERENCE, REFERENCE)
                .addStatement("reference.init(map)")
                .addStatement("return reference")
                .build();
    }

    private static MethodSpec setupHelper(EmitContext ctx, ClassName self) {
        int snapshotEvery = ctx.profile().capacityPages() <= EXHAUSTIVE_CAPACITY ? 1 : SNAPSHOT_EVERY;
        return MethodSpec.methodBuilder("on")
                .addJavadoc(
                        "$L",
                        Docs.wrap("The comparison of {@code candidate} with the model on {@code map}; full snapshots"
                                + (snapshotEvery == 1 ? " after every call." : " every " + snapshotEvery + " calls.")))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(SETUP)
                .addParameter(MEMORY_MAP, "map")
                .addParameter(FACTORY, "candidate")
                .addStatement(
                        "return new $T(PROFILE.name(), map, $T::reference, candidate, PROFILE.stats(), $L)",
                        SETUP,
                        self,
                        snapshotEvery)
                .build();
    }

    /**
     * A candidate that was built on another map, used, and then re-initialized: init must replace
     * every block and counter.
     */
    private static MethodSpec reinitialized(EmitContext ctx, List<DifferentialMaps.Named> maps) {
        ClassName allocator = ctx.className();
        return MethodSpec.methodBuilder("reinitialized")
                .addJavadoc(
                        "The allocator built on $L, used, then re-initialized with {@code map}.\n",
                        maps.get(1).field())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(PageAllocator.class)
                .addParameter(MEMORY_MAP, "map")
                .addStatement(
                        "$T a = new $T($L)", allocator, allocator, maps.get(1).field())
                .addStatement("long block = a.allocPagesRaw($LL)", ctx.profile().maxBlockPages())
                .addStatement("a.allocPagesRaw(3)")
                .addStatement("a.freePagesRaw(block, 1)")
                .addStatement("a.init(map)")
                .addStatement("return a")
                .build();
    }

    private static MethodSpec sweepCheck() {
        ClassName assertions = ASSERTIONS;
        return MethodSpec.methodBuilder("assertSwept")
                .addJavadoc(
                        "$L",
                        Docs.wrap("Checks that a random trace did what it is for: ran every call, filled the map,"
                                + " met every kind of rejection."))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(String.class, "name")
                .addParameter(MEMORY_MAP, "map")
                .addParameter(int.class, "calls")
                .addParameter(DRIVER_RESULT, "result")
                .addStatement(
                        "$T.out.printf($S, PROFILE.name(), name, result.calls(), result.peakUsedPages(),"
                                + " map.usablePages(), result.outcomes())",
                        System.class,
                        "differential %s %s: %d calls compared, peak %d of %d pages in use, outcomes %s%n")
                .addStatement("$T.assertEquals(calls, result.calls(), name)", assertions)
                .addStatement(
                        "$T.assertEquals(map.usablePages(), result.peakUsedPages(), name + $S)",
                        assertions,
                        ": occupancy reached full")
                .beginControlFlow(
                        "for ($T error : $T.of($L))",
                        PhysMemError.class,
                        List.class,
                        CodeBlock.join(
                                List.of(
                                        errorRef(PhysMemError.OUT_OF_MEMORY),
                                        errorRef(PhysMemError.ZERO_ALLOCATION),
                                        errorRef(PhysMemError.ALLOCATION_TOO_LARGE),
                                        errorRef(PhysMemError.UNALIGNED_ADDRESS),
                                        errorRef(PhysMemError.ADDRESS_OUT_OF_RANGE),
                                        errorRef(PhysMemError.NOT_ALLOCATED),
                                        errorRef(PhysMemError.SIZE_MISMATCH)),
                                ", "))
                .addStatement(
                        "$T.assertTrue(result.outcomes().containsKey(error.name()), name + $S + error)",
                        assertions,
                        ": no call was rejected with ")
                .endControlFlow()
                .build();
    }

    private static CodeBlock errorRef(PhysMemError error) {
        return CodeBlock.of("$T.$L", PhysMemError.class, error.name());
    }

    private static MethodSpec exhaustive(EmitContext ctx, DifferentialMaps.Named map) {
        return MethodSpec.methodBuilder("exhaustiveOn" + map.method())
                .addJavadoc(
                        "$L",
                        Docs.wrap("Every sequence of " + EXHAUSTIVE_DEPTH + " moves on " + map.field()
                                + " over the hostile-inclusive alphabet (every order, bad counts, frees of live blocks,"
                                + " double and wrong-size frees, frees inside a block, unaligned and out of range,"
                                + " reset), each from a fresh start."))
                .addAnnotation(TEST)
                .addAnnotation(AnnotationSpec.builder(TAG)
                        .addMember("value", "$S", EXHAUSTIVE_TAG)
                        .build())
                .addStatement(
                        "$T.Result result = $T.exhaustive(on($L, $T::new), $L)",
                        EXPLORER,
                        CHECKS,
                        map.field(),
                        ctx.className(),
                        EXHAUSTIVE_DEPTH)
                .addStatement("long alphabet = $T.hostileAlphabet(PROFILE.maxOrder()).size()", EXPLORER)
                .addStatement(
                        "$T.assertEquals((long) $T.pow(alphabet, $L), result.sequences())",
                        ASSERTIONS,
                        Math.class,
                        EXHAUSTIVE_DEPTH)
                .addStatement(
                        "$T.out.printf($S, PROFILE.name(), result.sequences(), alphabet, result.calls())",
                        System.class,
                        "differential %s " + map.method() + ": %d sequences of " + EXHAUSTIVE_DEPTH
                                + " moves over %d moves explored, %d calls compared%n")
                .build();
    }

    private static MethodSpec exhaustiveRequests(EmitContext ctx, DifferentialMaps.Named map) {
        return MethodSpec.methodBuilder("exhaustiveRequestsOn" + map.method())
                .addJavadoc(
                        "$L",
                        Docs.wrap("Every sequence of " + REQUESTS_DEPTH + " moves on " + map.field()
                                + " over the request alphabet (constrained allocation with and without constraints,"
                                + " alignment above the order, both halves, unaligned and reversed windows, bad"
                                + " alignment; bulk and all-or-nothing bulk, a bad order; critical allocation;"
                                + " watermarks set, cleared and refused; plain allocations, frees and reset),"
                                + " each from a fresh start."))
                .addAnnotation(TEST)
                .addAnnotation(AnnotationSpec.builder(TAG)
                        .addMember("value", "$S", EXHAUSTIVE_TAG)
                        .build())
                .addStatement(
                        "$T.Result result = $T.exhaustiveRequests(on($L, $T::new), $L)",
                        EXPLORER,
                        CHECKS,
                        map.field(),
                        ctx.className(),
                        REQUESTS_DEPTH)
                .addStatement("long alphabet = $T.requestAlphabet(PROFILE.maxOrder()).size()", EXPLORER)
                .addStatement(
                        "$T.assertEquals((long) $T.pow(alphabet, $L), result.sequences())",
                        ASSERTIONS,
                        Math.class,
                        REQUESTS_DEPTH)
                .addStatement(
                        "$T.out.printf($S, PROFILE.name(), result.sequences(), alphabet, result.calls())",
                        System.class,
                        "differential %s requests " + map.method() + ": %d sequences of " + REQUESTS_DEPTH
                                + " moves over %d moves explored, %d calls compared%n")
                .build();
    }

    private static MethodSpec random(EmitContext ctx, DifferentialMaps.Named map, int index) {
        long usable = map.map().usablePages();
        long period = Math.max(1_000, 3 * usable);
        long calls = Math.max(MIN_CALLS, 2 * period);
        // Build the candidate three ways: as the map constructor does, from uninit, and by
        // re-initializing a used allocator.
        CodeBlock candidate =
                switch (index % 3) {
                    case 0 -> CodeBlock.of("$T::new", ctx.className());
                    case 1 -> CodeBlock.of(
                            "map -> {\n$>$T a = $T.uninit();\na.init(map);\nreturn a;\n$<}",
                            ctx.className(),
                            ctx.className());
                    default -> CodeBlock.of(
                            "$T::reinitialized", ClassName.get(EmitContext.PACKAGE, testClassName(ctx.profile())));
                };
        String how =
                switch (index % 3) {
                    case 0 -> "built by the map constructor";
                    case 1 -> "built uninitialized and then initialized";
                    default -> "re-initialized after use on another map";
                };
        return MethodSpec.methodBuilder("randomOn" + map.method())
                .addJavadoc(
                        "$L",
                        Docs.wrap("A seeded random trace of " + calls + " calls on " + map.field() + ", the candidate "
                                + how + "; occupancy sweeps from empty to full and back every " + period + " calls."))
                .addAnnotation(TEST)
                .addStatement("$T candidate = $L", FACTORY, candidate)
                .addStatement(
                        "$T result = $T.random(on($L, candidate), $LL, $L, $L)",
                        DRIVER_RESULT,
                        CHECKS,
                        map.field(),
                        seed(ctx.profile(), index),
                        calls,
                        period)
                .addStatement("assertSwept($S, $L, $L, result)", map.method(), map.field(), calls)
                .build();
    }

    /** A seed of its own for every profile and map, so that profiles of the same geometry run other traces. */
    static long seed(AllocatorProfile profile, int index) {
        return (profile.name().hashCode() & 0xffff_ffffL) * 16 + index;
    }

    private static MethodSpec fuzz(EmitContext ctx, List<DifferentialMaps.Named> maps) {
        CodeBlock.Builder setups = CodeBlock.builder();
        for (int i = 0; i < maps.size(); i++) {
            setups.add(i == 0 ? "" : ", ").add("on($L, $T::new)", maps.get(i).field(), ctx.className());
        }
        return MethodSpec.methodBuilder("fuzz")
                .addJavadoc(
                        "$L",
                        Docs.wrap("Fuzz target: the first byte picks a map, every further byte a move (see {@code"
                                + " MoveDecoder})."))
                .addAnnotation(FUZZ_TEST)
                .addParameter(byte[].class, "data")
                .addStatement("$T.fuzz($T.of($L), data)", CHECKS, List.class, setups.build())
                .build();
    }

    /** The test's source, with the generated-file header. */
    static GeneratedSource generate(AllocatorProfile profile) {
        EmitContext ctx = EmitContext.of(profile);
        JavaFile file = JavaFile.builder(EmitContext.PACKAGE, emit(ctx))
                .addFileComment(
                        "Generated by physmem-generator $L from profile $L (SHA-256 of its canonical form: $L).\n"
                                + "Do not edit: regenerate with `$L`.",
                        GeneratorVersion.VALUE,
                        profile.name(),
                        ProfileFingerprint.sha256(profile),
                        AllocatorGenerator.REGENERATE_COMMAND)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        return new GeneratedSource(
                EmitContext.PACKAGE, testClassName(profile), SourceFormatter.format(file.toString()));
    }
}
