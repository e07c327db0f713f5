package ruvix.physmem.generator;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.PhysMemException;

/** Construction, {@code init}, {@code reset}: the only code whose cost grows with memory. */
final class LifecycleEmitter {
    private LifecycleEmitter() {}

    static void emit(EmitContext ctx, TypeSpec.Builder type) {
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "Manages {@code totalPages} pages from {@code base}, as the crate's {@code new}.\n\n"
                                + "@throws $T as {@link #init(PhysAddr, long)}\n",
                        PhysMemException.class)
                .addParameter(PhysAddr.class, "base")
                .addParameter(long.class, "totalPages")
                .addStatement("this()")
                .addStatement("init(base, totalPages)")
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "Manages the usable pages of {@code map}.\n\n" + "@throws $T as {@link #init(MemoryMap)}\n",
                        PhysMemException.class)
                .addParameter(MemoryMap.class, "map")
                .addStatement("this()")
                .addStatement("init(map)")
                .build());
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addCode(
                        """
                        runStart = new int[0];
                        runEnd = new int[0];
                        bits = new long[0];
                        freeAt = new long[MAX_ORDER * LEVELS];
                        topLevel = new int[MAX_ORDER];
                        allocAt = new long[MAX_ORDER * LEVELS];
                        freeBlocks = new long[MAX_ORDER];
                        """)
                .build());
        type.addMethod(MethodSpec.methodBuilder("uninit")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(
                        "$L",
                        Docs.wrap("An allocator that manages nothing until {@code init}, as the crate's deferred"
                                + " initialization.\n"))
                .returns(ctx.className())
                .addStatement("return new $T()", ctx.className())
                .build());
        if (ctx.profile().defaultMap().isPresent()) {
            emitProfileMap(ctx, type, ctx.profile().defaultMap().get());
        }
        emitInitWithBase(type);
        emitInitWithMap(type);
        emitInstall(ctx, type);
        emitReset(ctx, type);
        if (ctx.stats()) {
            type.addMethod(MethodSpec.methodBuilder("clearCounters")
                    .addModifiers(Modifier.PRIVATE)
                    .addCode(
                            """
                            successfulAllocations = 0;
                            failedAllocations = 0;
                            frees = 0;
                            rejectedFrees = 0;
                            splits = 0;
                            coalesces = 0;
                            peakUsedPages = 0;
                            $T.fill(orderAllocations, 0L);
                            $T.fill(orderFrees, 0L);
                            """,
                            Arrays.class,
                            Arrays.class)
                    .build());
        }
    }

    private static void emitProfileMap(EmitContext ctx, TypeSpec.Builder type, MemoryMap map) {
        CodeBlock.Builder regions = CodeBlock.builder();
        for (int i = 0; i < map.regions().size(); i++) {
            MemoryMap.Region r = map.regions().get(i);
            regions.add(i == 0 ? "" : ", ")
                    .add("new $T(0x$LL, $LL)", MemoryMap.Region.class, Long.toHexString(r.base()), r.pages());
        }
        CodeBlock.Builder reserved = CodeBlock.builder();
        for (int i = 0; i < map.reserved().size(); i++) {
            MemoryMap.Reserved r = map.reserved().get(i);
            reserved.add(i == 0 ? "" : ", ")
                    .add(
                            "new $T(0x$LL, 0x$LL, $S)",
                            MemoryMap.Reserved.class,
                            Long.toHexString(r.start()),
                            Long.toHexString(r.end()),
                            r.label());
        }
        type.addMethod(MethodSpec.methodBuilder("profileMap")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc(
                        "$L",
                        Docs.wrap("The memory map of profile {@code "
                                + ctx.profile().name() + "}: " + describe(map)))
                .returns(MemoryMap.class)
                .addStatement(
                        "return $T.of(PAGE_SHIFT, $T.of($L), $T.of($L))",
                        MemoryMap.class,
                        List.class,
                        regions.build(),
                        List.class,
                        reserved.build())
                .build());
        type.addMethod(MethodSpec.methodBuilder("withProfileMap")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addJavadoc("$L", Docs.wrap("An allocator managing {@link #profileMap()}.\n"))
                .returns(ctx.className())
                .addStatement("return new $T(profileMap())", ctx.className())
                .build());
    }

    private static String describe(MemoryMap map) {
        StringBuilder s = new StringBuilder("regions");
        for (MemoryMap.Region r : map.regions()) {
            s.append(" 0x")
                    .append(Long.toHexString(r.base()))
                    .append(" + ")
                    .append(r.pages())
                    .append(" pages,");
        }
        s.setLength(s.length() - 1);
        if (!map.reserved().isEmpty()) {
            s.append("; reserved");
            for (MemoryMap.Reserved r : map.reserved()) {
                s.append(" [0x")
                        .append(Long.toHexString(r.start()))
                        .append(", 0x")
                        .append(Long.toHexString(r.end()))
                        .append(") ")
                        .append(r.label())
                        .append(',');
            }
            s.setLength(s.length() - 1);
        }
        return s.append('.').toString();
    }

    private static void emitInitWithBase(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("init")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(PhysAddr.class, "base")
                .addParameter(long.class, "totalPages")
                .addCode(
                        """
                        $T.requireNonNull(base, "base");
                        long addr = base.asLong();
                        if ((addr & (PAGE_SIZE - 1)) != 0) {
                            throw new $T($T.UNALIGNED_ADDRESS, "base " + base + " is not aligned to the " + PAGE_SIZE + "-byte page");
                        }
                        if (totalPages < 1) {
                            throw new $T($T.ZERO_ALLOCATION, "an allocator needs at least one page, got " + totalPages);
                        }
                        if (totalPages > CAPACITY_PAGES) {
                            throw new $T($T.ALLOCATION_TOO_LARGE, totalPages + " pages exceed the capacity of " + CAPACITY_PAGES);
                        }
                        if (totalPages > (Long.MAX_VALUE >> PAGE_SHIFT) - (addr >> PAGE_SHIFT)) {
                            throw new $T($T.ALLOCATION_TOO_LARGE, totalPages + " pages from " + base + " overflow the address space");
                        }
                        install($T.single(PAGE_SHIFT, addr, totalPages));
                        """,
                        Objects.class,
                        PhysMemException.class,
                        PhysMemError.class,
                        PhysMemException.class,
                        PhysMemError.class,
                        PhysMemException.class,
                        PhysMemError.class,
                        PhysMemException.class,
                        PhysMemError.class,
                        MemoryMap.class)
                .build());
    }

    private static void emitInitWithMap(TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("init")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addParameter(MemoryMap.class, "map")
                .addCode(
                        """
                        $T.requireNonNull(map, "map");
                        if (map.pageShift() != PAGE_SHIFT) {
                            throw new $T($T.UNALIGNED_ADDRESS, "the map has " + map.pageSize() + "-byte pages, this allocator " + PAGE_SIZE);
                        }
                        if (map.spanPages() > CAPACITY_PAGES) {
                            throw new $T($T.ALLOCATION_TOO_LARGE, "the map spans " + map.spanPages() + " pages, more than the capacity of " + CAPACITY_PAGES);
                        }
                        install(map);
                        """,
                        Objects.class,
                        PhysMemException.class,
                        PhysMemError.class,
                        PhysMemException.class,
                        PhysMemError.class)
                .build());
    }

    private static void emitInstall(EmitContext ctx, TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("install")
                .addModifiers(Modifier.PRIVATE)
                .addJavadoc(
                        "$L",
                        Docs.wrap(
                                "Builds the complete state for {@code map} (validated by the caller) in new arrays, then"
                                        + " swaps it in: a failure while building, such as running out of heap, leaves the allocator"
                                        + " as it was.\n"))
                .addParameter(MemoryMap.class, "map")
                .addCode(
                        """
                        // Blocks above the largest power of two within the span cannot exist, so aligning the
                        // origin that far is enough and keeps the padding below the span itself.
                        int alignOrder = Math.min(TOP_ORDER, 63 - Long.numberOfLeadingZeros(map.spanPages()));
                        long origin = map.startPfn() & -(1L << alignOrder);
                        int span = (int) (map.endPfn() - origin);
                        $T<$T.PageRun> runs = map.usableRuns();
                        int[] starts = new int[runs.size()];
                        int[] ends = new int[runs.size()];
                        for (int r = 0; r < starts.length; r++) {
                            starts[r] = (int) (runs.get(r).startPfn() - origin);
                            ends[r] = (int) (runs.get(r).endPfn() - origin);
                        }
                        long[] newFreeAt = new long[MAX_ORDER * LEVELS];
                        int[] newTopLevel = new int[MAX_ORDER];
                        long[] newAllocAt = new long[MAX_ORDER * LEVELS];
                        long[] newBits = new long[layout(span, newFreeAt, newTopLevel, newAllocAt)];
                        long[] newFreeBlocks = new long[MAX_ORDER];
                        seed(newBits, newFreeAt, newTopLevel, span, starts, ends, newFreeBlocks);

                        initialized = true;
                        originPfn = origin;
                        spanIndex = span;
                        basePfn = map.startPfn();
                        endPfn = map.endPfn();
                        totalPages = map.usablePages();
                        runStart = starts;
                        runEnd = ends;
                        bits = newBits;
                        freeAt = newFreeAt;
                        topLevel = newTopLevel;
                        allocAt = newAllocAt;
                        freeBlocks = newFreeBlocks;
                        nonEmpty = nonEmptyMask(newFreeBlocks);
                        freePages = totalPages;
                        """,
                        List.class,
                        MemoryMap.class)
                .addCode(afterSeed(ctx))
                .build());
    }

    private static void emitReset(EmitContext ctx, TypeSpec.Builder type) {
        type.addMethod(MethodSpec.methodBuilder("reset")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .addCode(
                        """
                        if (!initialized) {
                            return;
                        }
                        $T.fill(bits, 0L);
                        $T.fill(freeBlocks, 0L);
                        seed(bits, freeAt, topLevel, spanIndex, runStart, runEnd, freeBlocks);
                        nonEmpty = nonEmptyMask(freeBlocks);
                        freePages = totalPages;
                        """,
                        Arrays.class,
                        Arrays.class)
                .addCode(afterSeed(ctx))
                .build());
        type.addMethod(MethodSpec.methodBuilder("nonEmptyMask")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class)
                .addParameter(long[].class, "counts")
                .addCode(
                        """
                        int mask = 0;
                        for (int k = 0; k < MAX_ORDER; k++) {
                            if (counts[k] != 0) {
                                mask |= 1 << k;
                            }
                        }
                        return mask;
                        """)
                .build());
    }

    /** Counters restart at zero; a debug build records the seeded blocks and checks the new state. */
    private static CodeBlock afterSeed(EmitContext ctx) {
        CodeBlock.Builder code = CodeBlock.builder();
        if (ctx.stats()) {
            code.addStatement("clearCounters()");
            if (ctx.debug()) {
                code.addStatement("seededFreeBlocks = $T.stream(freeBlocks).sum()", Arrays.class);
            }
        }
        if (ctx.debug()) {
            code.addStatement("verifyInvariants()");
        }
        return code.build();
    }
}
