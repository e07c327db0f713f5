package ruvix.physmem.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.Block;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.PhysMemException;
import ruvix.physmem.Physmem;

/**
 * The crate's documented behaviours (shared/seeds/ruvix_physmem-crate-docs.txt) as scenario
 * tests, for profiles with the crate's geometry: its example allocator built by {@code (base,
 * totalPages)} with the example values, checked against what the documentation says and, under a
 * random trace, against the model. Where DESIGN.md deliberately differs from the crate (bad frees
 * are rejected; the lowest address is taken), the emitted test says so.
 */
final class CrateConformanceEmitter {
    /** The crate's example: {@code BuddyAllocator::new(PhysAddr::new(0x1000_0000), 4096)}. */
    static final long EXAMPLE_BASE = 0x1000_0000L;

    static final long EXAMPLE_PAGES = 4096;
    /** The smaller allocator the crate's tests use. */
    static final long SMALL_PAGES = 1024;

    private static final ClassName ASSERTIONS = ClassName.get("org.junit.jupiter.api", "Assertions");
    private static final ClassName TEST = ClassName.get("org.junit.jupiter.api", "Test");
    private static final String DIFF = "ruvix.physmem.model.diff";
    private static final ClassName SETUP = ClassName.get(DIFF, "DifferentialSetup");
    private static final ClassName CHECKS = ClassName.get(DIFF, "DifferentialChecks");
    private static final ClassName DRIVER_RESULT = ClassName.get(DIFF, "RandomDriver", "Result");
    private static final ClassName REFERENCE = ClassName.get("ruvix.physmem.model", "ReferenceAllocator");

    private CrateConformanceEmitter() {}

    /** Whether {@code profile} has the crate's page size and orders, and room for its example. */
    static boolean applies(AllocatorProfile profile) {
        return profile.pageShift() == Physmem.PAGE_SHIFT
                && profile.maxOrder() == Physmem.MAX_ORDER
                && profile.capacityPages() >= EXAMPLE_PAGES;
    }

    static void emit(EmitContext ctx, TypeSpec.Builder type) {
        type.addMethod(example(ctx));
        type.addMethod(blockSizes(ctx));
        type.addMethod(badFrees(ctx));
        type.addMethod(deferredInit(ctx));
        type.addMethod(agreesWithModel(ctx, EXAMPLE_PAGES, DifferentialTestEmitter.seed(ctx.profile(), 14)));
        type.addMethod(agreesWithModel(ctx, SMALL_PAGES, DifferentialTestEmitter.seed(ctx.profile(), 15)));
    }

    private static MethodSpec.Builder test(String name, String doc) {
        return MethodSpec.methodBuilder(name).addAnnotation(TEST).addJavadoc("$L", Docs.wrap(doc));
    }

    private static MethodSpec example(EmitContext ctx) {
        ClassName a = ctx.className();
        return test(
                        "crateExampleBehavesAsDocumented",
                        "The crate's example: 16MB of memory from 0x1000_0000, allocate 4 contiguous pages"
                                + " (16KB), use them, deallocate them.")
                .addStatement(
                        "$T allocator = new $T($T.of($LL), $L)", a, a, PhysAddr.class, hex(EXAMPLE_BASE), EXAMPLE_PAGES)
                .addStatement(
                        "$T.assertEquals(16L << 20, allocator.totalPages() * allocator.pageSize(), $S)",
                        ASSERTIONS,
                        "16MB")
                .addStatement("$T.assertEquals($L, allocator.freePageCount())", ASSERTIONS, EXAMPLE_PAGES)
                .addStatement("$T<$T> addr = allocator.allocPages(4)", Optional.class, PhysAddr.class)
                .addStatement(
                        "$T.assertTrue(addr.isPresent(), $S)",
                        ASSERTIONS,
                        "if let Some(addr) = allocator.alloc_pages(4)")
                .addStatement(
                        "$T.assertEquals($T.of(2), allocator.allocatedOrder(addr.get()), $S)",
                        ASSERTIONS,
                        OptionalInt.class,
                        "4 pages = order 2 = 16KB")
                .addStatement("$T.assertTrue(addr.get().isOrderAligned(2))", ASSERTIONS)
                .addStatement("$T.assertEquals($L, allocator.freePageCount())", ASSERTIONS, EXAMPLE_PAGES - 4)
                .addComment("DESIGN.md fixes what the crate leaves open: the free block with the lowest address.")
                .addStatement("$T.assertEquals($T.of($LL), addr.get())", ASSERTIONS, PhysAddr.class, hex(EXAMPLE_BASE))
                .addStatement("allocator.deallocPages(addr.get(), 4)")
                .addStatement("$T.assertEquals($L, allocator.freePageCount())", ASSERTIONS, EXAMPLE_PAGES)
                .addStatement(
                        "$T.assertEquals($L, allocator.freeBlocksAtOrder($L), $S)",
                        ASSERTIONS,
                        EXAMPLE_PAGES / Physmem.MAX_BLOCK_PAGES,
                        Physmem.MAX_ORDER - 1,
                        "merged back into 2MB blocks")
                .build();
    }

    private static MethodSpec blockSizes(EmitContext ctx) {
        ClassName a = ctx.className();
        return test(
                        "blockSizesFromOnePageTo2MiB",
                        "Block sizes from 4KB (a single page, order 0) to 2MB (512 pages, order 9): every order"
                                + " is served, aligned to its size; beyond MAX_BLOCK_PAGES is AllocationTooLarge.")
                .addStatement(
                        "$T allocator = new $T($T.of($LL), $L)", a, a, PhysAddr.class, hex(EXAMPLE_BASE), SMALL_PAGES)
                .beginControlFlow("for (int order = 0; order < $T.MAX_ORDER; order++)", Physmem.class)
                .addStatement(
                        "$T addr = allocator.tryAllocPages($T.orderToPages(order))", PhysAddr.class, Physmem.class)
                .addStatement(
                        "$T.assertTrue(addr.isOrderAligned(order), addr + $S + order)",
                        ASSERTIONS,
                        " aligned to order ")
                .addStatement(
                        "$T.assertEquals($T.of(order), allocator.allocatedOrder(addr))", ASSERTIONS, OptionalInt.class)
                .endControlFlow()
                .addStatement("$T.assertEquals(1023, allocator.usedPages(), $S)", ASSERTIONS, "1 + 2 + ... + 512 pages")
                .addStatement(
                        "$T e = $T.assertThrows($T.class, () -> allocator.tryAllocPages($T.MAX_BLOCK_PAGES + 1))",
                        PhysMemException.class,
                        ASSERTIONS,
                        PhysMemException.class,
                        Physmem.class)
                .addStatement("$T.assertEquals($T.ALLOCATION_TOO_LARGE, e.error())", ASSERTIONS, PhysMemError.class)
                .build();
    }

    private static MethodSpec badFrees(EmitContext ctx) {
        ClassName a = ctx.className();
        return test(
                        "doubleAndWrongSizeFreesAreRejected",
                        "DESIGN.md deliberately differs from the crate here: the crate names NotAllocated and"
                                + " SizeMismatch but never returns them (a double or wrong-size free corrupts its free"
                                + " lists); ours rejects them and changes nothing.")
                .addStatement(
                        "$T allocator = new $T($T.of($LL), $L)", a, a, PhysAddr.class, hex(EXAMPLE_BASE), SMALL_PAGES)
                .addStatement("$T first = allocator.tryAllocPages(4)", PhysAddr.class)
                .addStatement("$T second = allocator.tryAllocPages(4)", PhysAddr.class)
                .addStatement("allocator.deallocPages(first, 4)")
                .addStatement("$T before = allocator.freeBlocks()", ParameterizedTypeName.get(List.class, Block.class))
                .addStatement(
                        "$T.assertEquals($T.NOT_ALLOCATED.code(), allocator.freePagesRaw(first.asLong(), 4), $S)",
                        ASSERTIONS,
                        PhysMemError.class,
                        "double free")
                .addStatement(
                        "$T.assertEquals($T.SIZE_MISMATCH.code(), allocator.freePagesRaw(second.asLong(), 8), $S)",
                        ASSERTIONS,
                        PhysMemError.class,
                        "wrong size")
                .addStatement(
                        "$T.assertEquals($T.NOT_ALLOCATED.code(), allocator.freePagesRaw(second.asLong() + allocator.pageSize(), 1), $S)",
                        ASSERTIONS,
                        PhysMemError.class,
                        "inside a block")
                .addStatement("$T.assertEquals(before, allocator.freeBlocks())", ASSERTIONS)
                .addStatement("$T.assertEquals(4, allocator.usedPages())", ASSERTIONS)
                .addStatement("$T.assertEquals(3, allocator.stats().rejectedFrees())", ASSERTIONS)
                .build();
    }

    private static MethodSpec deferredInit(EmitContext ctx) {
        ClassName a = ctx.className();
        return test(
                        "deferredInitialization",
                        "The crate's deferred initialization: an allocator without memory rejects every call"
                                + " with NotInitialized until init gives it memory.")
                .addStatement("$T allocator = $T.uninit()", a, a)
                .addStatement(
                        "$T.assertEquals($T.NOT_INITIALIZED.code(), allocator.allocPagesRaw(1))",
                        ASSERTIONS,
                        PhysMemError.class)
                .addStatement(
                        "$T.assertEquals($T.NOT_INITIALIZED.code(), allocator.freePagesRaw($LL, 1))",
                        ASSERTIONS,
                        PhysMemError.class,
                        hex(EXAMPLE_BASE))
                .addStatement("allocator.init($T.of($LL), $L)", PhysAddr.class, hex(EXAMPLE_BASE), SMALL_PAGES)
                .addStatement(
                        "$T.assertEquals($T.of($LL), allocator.tryAllocPages(1))",
                        ASSERTIONS,
                        PhysAddr.class,
                        hex(EXAMPLE_BASE))
                .addStatement("$T.assertEquals($L, allocator.freePageCount())", ASSERTIONS, SMALL_PAGES - 1)
                .build();
    }

    private static MethodSpec agreesWithModel(EmitContext ctx, long pages, long seed) {
        ClassName a = ctx.className();
        long period = 3 * pages;
        long calls = Math.max(DifferentialTestEmitter.MIN_CALLS, 2 * period);
        String name = "CrateConstructor" + pages;
        return MethodSpec.methodBuilder("crateConstructorOf" + pages + "PagesAgreesWithTheModel")
                .addAnnotation(TEST)
                .addJavadoc(
                        "$L",
                        Docs.wrap("Both sides built as the crate's {@code new(PhysAddr::new(0x1000_0000), " + pages
                                + ")}, compared under a seeded random trace of " + calls + " calls."))
                .addStatement("$T base = $T.of($LL)", PhysAddr.class, PhysAddr.class, hex(EXAMPLE_BASE))
                .addStatement(
                        "$T setup = new $T(PROFILE.name(), $T.single($L, base.asLong(), $L), map -> new $T(base, $L),"
                                + " map -> new $T(base, $L), PROFILE.stats(), $L)",
                        SETUP,
                        SETUP,
                        MemoryMap.class,
                        Physmem.PAGE_SHIFT,
                        pages,
                        REFERENCE,
                        pages,
                        a,
                        pages,
                        DifferentialTestEmitter.SNAPSHOT_EVERY)
                .addStatement("$T result = $T.random(setup, $LL, $L, $L)", DRIVER_RESULT, CHECKS, seed, calls, period)
                .addStatement("assertSwept($S, setup.map(), $L, result)", name, calls)
                .build();
    }

    private static String hex(long value) {
        return "0x" + Long.toHexString(value);
    }
}
