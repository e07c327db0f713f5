package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ruvix.physmem.AllocatorStats;
import ruvix.physmem.Block;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.OrderStats;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.PhysMemException;

/**
 * Every error of DESIGN.md, in its documented order, on hostile arguments; each rejection leaves
 * the blocks and counts unchanged but for the counter of rejected calls (I6).
 */
class ErrorsTest {
    private static final long BASE = 0x1000_0000L;
    private static final long PAGE = 4096;

    private CrateDefaultAllocator a;
    private long quad;
    private long single;

    /** What a rejection must not change. */
    record Snapshot(List<Block> free, List<OrderStats> orders, AllocatorStats stats) {
        static Snapshot of(PageAllocator a) {
            return new Snapshot(a.freeBlocks(), a.orderStats(), a.stats());
        }
    }

    @BeforeEach
    void setUp() {
        a = new CrateDefaultAllocator(PhysAddr.of(BASE), 1024);
        quad = a.allocPagesRaw(4);
        single = a.allocPagesRaw(1);
        assertEquals(BASE, quad);
        assertEquals(BASE + 4 * PAGE, single);
    }

    @Test
    void uninitializedRejectsEverythingAndCountsNothing() {
        CrateDefaultAllocator u = CrateDefaultAllocator.uninit();
        int code = PhysMemError.NOT_INITIALIZED.code();
        assertEquals(code, u.allocPagesRaw(1));
        assertEquals(code, u.allocPagesRaw(0), "checked before the count");
        assertEquals(code, u.allocOrder(-1));
        assertEquals(code, u.freePagesRaw(BASE + 1, 0));
        assertEquals(code, u.freeBlock(BASE, 0));
        assertEquals(AllocatorStats.empty(PAGE), u.stats());
        PhysMemException e = assertThrows(PhysMemException.class, () -> u.tryAllocPages(1));
        assertEquals(PhysMemError.NOT_INITIALIZED, e.error());
    }

    @Test
    void allocationErrors() {
        alloc(PhysMemError.ZERO_ALLOCATION, () -> a.allocPagesRaw(0));
        alloc(PhysMemError.ALLOCATION_TOO_LARGE, () -> a.allocPagesRaw(513));
        alloc(PhysMemError.ALLOCATION_TOO_LARGE, () -> a.allocPagesRaw(-1));
        alloc(PhysMemError.ALLOCATION_TOO_LARGE, () -> a.allocPagesRaw(Long.MAX_VALUE));
        alloc(PhysMemError.ALLOCATION_TOO_LARGE, () -> a.allocPagesRaw(Long.MIN_VALUE));
        alloc(PhysMemError.ALLOCATION_TOO_LARGE, () -> a.allocOrder(10));
        alloc(PhysMemError.ALLOCATION_TOO_LARGE, () -> a.allocOrder(Integer.MAX_VALUE));
        alloc(PhysMemError.INVALID_ORDER, () -> a.allocOrder(-1));
        alloc(PhysMemError.INVALID_ORDER, () -> a.allocOrder(Integer.MIN_VALUE));
        PhysMemException e = assertThrows(PhysMemException.class, () -> a.tryAllocPages(0));
        assertEquals(PhysMemError.ZERO_ALLOCATION, e.error());
    }

    @Test
    void outOfMemory() {
        a.allocPagesRaw(512);
        alloc(PhysMemError.OUT_OF_MEMORY, () -> a.allocPagesRaw(512));
        alloc(PhysMemError.OUT_OF_MEMORY, () -> a.allocOrder(9));
        while (a.freePageCount() > 0) {
            a.allocPagesRaw(1);
        }
        alloc(PhysMemError.OUT_OF_MEMORY, () -> a.allocPagesRaw(1));
    }

    @Test
    void freeErrorsInTheirDocumentedOrder() {
        free(PhysMemError.ZERO_ALLOCATION, () -> a.freePagesRaw(BASE + 1, 0));
        free(PhysMemError.UNALIGNED_ADDRESS, () -> a.freePagesRaw(BASE + 1, 513));
        free(PhysMemError.UNALIGNED_ADDRESS, () -> a.freePagesRaw(-1, 1));
        free(PhysMemError.UNALIGNED_ADDRESS, () -> a.freeBlock(Long.MIN_VALUE + 1, -1));
        free(PhysMemError.ADDRESS_OUT_OF_RANGE, () -> a.freePagesRaw(BASE - PAGE, 513));
        free(PhysMemError.ADDRESS_OUT_OF_RANGE, () -> a.freePagesRaw(BASE + 1024 * PAGE, 1));
        free(PhysMemError.ADDRESS_OUT_OF_RANGE, () -> a.freePagesRaw(-PAGE, 1));
        free(PhysMemError.ADDRESS_OUT_OF_RANGE, () -> a.freePagesRaw(Long.MIN_VALUE, 1));
        free(PhysMemError.ADDRESS_OUT_OF_RANGE, () -> a.freePagesRaw(Long.MAX_VALUE & -PAGE, 1));
        free(PhysMemError.ADDRESS_OUT_OF_RANGE, () -> a.freeBlock(0, -1));
        free(PhysMemError.ALLOCATION_TOO_LARGE, () -> a.freePagesRaw(quad, 513));
        free(PhysMemError.ALLOCATION_TOO_LARGE, () -> a.freePagesRaw(quad, -4));
        free(PhysMemError.ALLOCATION_TOO_LARGE, () -> a.freeBlock(quad, 10));
        free(PhysMemError.INVALID_ORDER, () -> a.freeBlock(quad, -1));
        free(PhysMemError.SIZE_MISMATCH, () -> a.freePagesRaw(quad, 1));
        free(PhysMemError.SIZE_MISMATCH, () -> a.freePagesRaw(quad, 8));
        free(PhysMemError.SIZE_MISMATCH, () -> a.freePagesRaw(single, 2));
        free(PhysMemError.SIZE_MISMATCH, () -> a.freeBlock(single, 3));
        free(PhysMemError.NOT_ALLOCATED, () -> a.freePagesRaw(quad + PAGE, 1));
        free(PhysMemError.NOT_ALLOCATED, () -> a.freePagesRaw(quad + 2 * PAGE, 2));
        free(PhysMemError.NOT_ALLOCATED, () -> a.freePagesRaw(BASE + 600 * PAGE, 1));
        assertEquals(0, a.freePagesRaw(single, 1));
        free(PhysMemError.NOT_ALLOCATED, () -> a.freePagesRaw(single, 1));
        PhysMemException e = assertThrows(PhysMemException.class, () -> a.deallocPages(PhysAddr.of(quad + PAGE), 1));
        assertEquals(PhysMemError.NOT_ALLOCATED, e.error());
    }

    @Test
    void unusablePagesAreOutOfRange() {
        Rpi4Allocator r = Rpi4Allocator.withProfileMap();
        for (long addr : new long[] {0, 0x8_0000L, 0x2eff_f000L, 0x3b40_0000L, 0xfc00_0000L}) {
            Snapshot before = Snapshot.of(r);
            assertEquals(PhysMemError.ADDRESS_OUT_OF_RANGE.code(), r.freePagesRaw(addr, 1), Long.toHexString(addr));
            assertEquals(rejectedOneMoreFree(before), Snapshot.of(r));
        }
    }

    @Test
    void initRejectsBadMemoryAndKeepsItsState() {
        Snapshot before = Snapshot.of(a);
        init(PhysMemError.UNALIGNED_ADDRESS, () -> a.init(PhysAddr.of(BASE + 1), 16));
        init(PhysMemError.ZERO_ALLOCATION, () -> a.init(PhysAddr.of(BASE), 0));
        init(PhysMemError.ZERO_ALLOCATION, () -> a.init(PhysAddr.of(BASE), -5));
        init(
                PhysMemError.ALLOCATION_TOO_LARGE,
                () -> a.init(PhysAddr.of(BASE), CrateDefaultAllocator.CAPACITY_PAGES + 1));
        init(PhysMemError.ALLOCATION_TOO_LARGE, () -> a.init(PhysAddr.of(Long.MAX_VALUE & -PAGE), 2));
        init(PhysMemError.UNALIGNED_ADDRESS, () -> a.init(MemoryMap.single(14, BASE, 16)));
        MemoryMap wide = MemoryMap.of(
                12,
                List.of(
                        new MemoryMap.Region(0, 1),
                        new MemoryMap.Region(CrateDefaultAllocator.CAPACITY_PAGES * PAGE, 1)),
                List.of());
        init(PhysMemError.ALLOCATION_TOO_LARGE, () -> a.init(wide));
        assertEquals(before, Snapshot.of(a), "failed inits leave the state, counters included");
        assertEquals(2, a.allocatedOrder(PhysAddr.of(quad)).orElseThrow());
        assertThrows(NullPointerException.class, () -> a.init((MemoryMap) null));
        assertThrows(NullPointerException.class, () -> a.init(null, 1));
        assertEquals(before, Snapshot.of(a));
        PhysMemException e = assertThrows(PhysMemException.class, () -> new QemuVirtAllocator(PhysAddr.of(1), 1));
        assertEquals(PhysMemError.UNALIGNED_ADDRESS, e.error());
    }

    @Test
    void framesNeedTheCratesPageSize() {
        Granule16kAllocator g = Granule16kAllocator.withProfileMap();
        assertEquals(java.util.Optional.empty(), g.allocFrame(1));
        assertEquals(0, g.usedPages());
    }

    private void alloc(PhysMemError error, Supplier<Long> call) {
        Snapshot before = Snapshot.of(a);
        assertEquals(error.code(), call.get(), error.name());
        AllocatorStats s = before.stats();
        assertEquals(
                new Snapshot(
                        before.free(),
                        before.orders(),
                        new AllocatorStats(
                                s.pageSize(),
                                s.totalPages(),
                                s.freePages(),
                                s.successfulAllocations(),
                                s.failedAllocations() + 1,
                                s.frees(),
                                s.rejectedFrees(),
                                s.splits(),
                                s.coalesces(),
                                s.peakUsedPages())),
                Snapshot.of(a),
                error.name() + " changed the state");
    }

    private void free(PhysMemError error, Supplier<Integer> call) {
        Snapshot before = Snapshot.of(a);
        assertEquals(error.code(), call.get(), error.name());
        assertEquals(rejectedOneMoreFree(before), Snapshot.of(a), error.name() + " changed the state");
    }

    private static Snapshot rejectedOneMoreFree(Snapshot before) {
        AllocatorStats s = before.stats();
        return new Snapshot(
                before.free(),
                before.orders(),
                new AllocatorStats(
                        s.pageSize(),
                        s.totalPages(),
                        s.freePages(),
                        s.successfulAllocations(),
                        s.failedAllocations(),
                        s.frees(),
                        s.rejectedFrees() + 1,
                        s.splits(),
                        s.coalesces(),
                        s.peakUsedPages()));
    }

    private static void init(PhysMemError error, Runnable call) {
        PhysMemException e = assertThrows(PhysMemException.class, call::run);
        assertEquals(error, e.error(), e.getMessage());
    }
}
