package ruvix.physmem.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import ruvix.physmem.Block;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.PhysMemException;
import ruvix.physmem.WatermarkLevel;

/**
 * Constrained, bulk and critical allocation, the live-block walk, the fragmentation measures and
 * the watermarks of the reference model (issue #8), with expectations worked out by hand on 16
 * pages of orders 0..3 (two free blocks of 8 pages after init).
 */
class ReferenceAllocatorRequestsTest {
    private static final long BASE = 0x1000_0000L;
    private static final long PAGE = 4096;
    private ReferenceAllocator a;

    @BeforeEach
    void setUp() {
        a = new ReferenceAllocator(12, 4, 16);
        a.init(MemoryMap.single(12, BASE, 16));
    }

    private static long page(int n) {
        return BASE + n * PAGE;
    }

    private List<String> free() {
        return a.freeBlocks().stream()
                .map(b -> (b.addr().asLong() - BASE) / PAGE + "/" + b.order())
                .toList();
    }

    @Test
    void windowInsideABlockCarvesAroundThePage() {
        assertEquals(page(5), a.allocPagesConstrainedRaw(1, 0, page(5), page(7), false));
        assertEquals(List.of("0/2", "4/0", "6/1", "8/3"), free());
        assertEquals(3, a.stats().splits());
        assertEquals(1, a.stats().successfulAllocations());
        assertTrue(a.checkInvariants());
    }

    @Test
    void dmaWindowBelowAnAddress() {
        a.tryAllocPages(8); // pages 0..7: nothing free below page 8
        assertEquals(PhysMemError.OUT_OF_MEMORY.code(), a.allocPagesConstrainedRaw(1, 0, 0, page(8), false));
        assertEquals(page(8), a.allocPagesConstrainedRaw(1, 0, 0, page(9), false));
        assertEquals(List.of("9/0", "10/1", "12/2"), free());
    }

    @Test
    void alignmentAboveTheOrderComesFromBlocksOfTheAlignment() {
        a.tryAllocPages(1); // page 0; free: 1/0 2/1 4/2 8/3
        assertEquals(page(4), a.allocPagesConstrainedRaw(1, 2, 0, Long.MAX_VALUE, false));
        assertEquals(List.of("1/0", "2/1", "5/0", "6/1", "8/3"), free());
        assertEquals(page(8), a.allocPagesConstrainedRaw(2, 3, 0, Long.MAX_VALUE, false));
    }

    @Test
    void unalignedWindowBoundsRoundInwards() {
        assertEquals(page(4), a.allocPagesConstrainedRaw(4, 0, page(3) + 1, page(8) + PAGE - 1, false));
        assertEquals(
                PhysMemError.OUT_OF_MEMORY.code(), a.allocPagesConstrainedRaw(1, 0, page(9) + 1, page(10) + 1, false));
    }

    @Test
    void withoutConstraintsItIsPlainAllocation() {
        ReferenceAllocator plain = new ReferenceAllocator(12, 4, 16);
        plain.init(MemoryMap.single(12, BASE, 16));
        SplittableRandom random = new SplittableRandom(87);
        List<long[]> live = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            if (live.isEmpty() || random.nextBoolean()) {
                long count = 1 + random.nextInt(8);
                long expected = plain.allocPagesRaw(count);
                assertEquals(expected, a.allocPagesConstrainedRaw(count, 0, 0, Long.MAX_VALUE, false));
                if (expected >= 0) {
                    live.add(new long[] {expected, count});
                }
            } else {
                long[] b = live.remove(random.nextInt(live.size()));
                assertEquals(0, plain.freePagesRaw(b[0], b[1]));
                assertEquals(0, a.freePagesRaw(b[0], b[1]));
            }
            assertEquals(plain.freeBlocks(), a.freeBlocks());
            assertEquals(plain.stats(), a.stats());
        }
    }

    @Test
    void constrainedRejectionsChangeNothingButTheFailureCount() {
        a.tryAllocPages(2);
        assertConstrainedRejected(0, 0, 0, Long.MAX_VALUE, PhysMemError.ZERO_ALLOCATION);
        assertConstrainedRejected(9, 0, 0, Long.MAX_VALUE, PhysMemError.ALLOCATION_TOO_LARGE);
        assertConstrainedRejected(-1, 0, 0, Long.MAX_VALUE, PhysMemError.ALLOCATION_TOO_LARGE);
        assertConstrainedRejected(1, -1, 0, Long.MAX_VALUE, PhysMemError.INVALID_ORDER);
        assertConstrainedRejected(1, 4, 0, Long.MAX_VALUE, PhysMemError.INVALID_ORDER);
        assertConstrainedRejected(1, 0, -1, Long.MAX_VALUE, PhysMemError.ADDRESS_OUT_OF_RANGE);
        assertConstrainedRejected(1, 0, page(4), page(3), PhysMemError.ADDRESS_OUT_OF_RANGE);
        assertConstrainedRejected(1, 0, page(4), page(4), PhysMemError.OUT_OF_MEMORY);
        assertConstrainedRejected(1, 0, page(16), Long.MAX_VALUE, PhysMemError.OUT_OF_MEMORY);
        assertConstrainedRejected(1, 0, 0, BASE, PhysMemError.OUT_OF_MEMORY);
        assertEquals(
                PhysMemError.NOT_INITIALIZED.code(),
                ReferenceAllocator.uninit().allocPagesConstrainedRaw(1, 0, 0, Long.MAX_VALUE, false));
    }

    private void assertConstrainedRejected(long count, int align, long low, long high, PhysMemError error) {
        ObservableState before = ObservableState.of(a);
        assertEquals(error.code(), a.allocPagesConstrainedRaw(count, align, low, high, false));
        assertEquals(before.withRejectedAlloc(), ObservableState.of(a));
    }

    @Test
    void bulkStopsShortAndCountsOneFailure() {
        long[] out = new long[6];
        assertEquals(4, a.allocPagesBulk(2, 5, out, false));
        assertArrayEquals(new long[] {page(0), page(4), page(8), page(12), 0, 0}, out);
        assertEquals(4, a.stats().successfulAllocations());
        assertEquals(1, a.stats().failedAllocations());
        assertEquals(0, a.allocPagesBulk(0, 0, out, false));
        assertEquals(1, a.stats().failedAllocations());
    }

    @Test
    void exactBulkIsAllOrNothing() {
        long[] out = new long[8];
        a.tryAllocPages(1); // 15 free pages: 3 blocks of order 2 can be had (1/0 2/1 4/2 8/3)
        assertEquals(3, a.suitableBlocks(2));
        ObservableState before = ObservableState.of(a);
        assertEquals(PhysMemError.OUT_OF_MEMORY.code(), a.allocPagesBulkExact(2, 4, out, false));
        assertEquals(before.withRejectedAlloc(), ObservableState.of(a));
        assertEquals(3, a.allocPagesBulkExact(2, 3, out, false));
        assertEquals(List.of(page(4), page(8), page(12)), List.of(out[0], out[1], out[2]));
    }

    @Test
    void bulkArgumentsAreCheckedFirst() {
        ObservableState before = ObservableState.of(a);
        assertThrows(IndexOutOfBoundsException.class, () -> a.allocPagesBulk(0, 3, new long[2], false));
        assertThrows(IndexOutOfBoundsException.class, () -> a.allocPagesBulkExact(0, -1, new long[2], false));
        assertThrows(NullPointerException.class, () -> a.allocPagesBulk(0, 1, null, false));
        assertEquals(before, ObservableState.of(a));
        assertEquals(PhysMemError.INVALID_ORDER.code(), a.allocPagesBulk(4, 1, new long[1], false));
        assertEquals(PhysMemError.INVALID_ORDER.code(), a.allocPagesBulkExact(-1, 1, new long[1], false));
        assertEquals(before.withRejectedAlloc().withRejectedAlloc(), ObservableState.of(a));
        assertEquals(
                PhysMemError.NOT_INITIALIZED.code(),
                ReferenceAllocator.uninit().allocPagesBulk(0, 1, new long[1], false));
    }

    @Test
    void watermarksRefuseNormalRequestsAndLetCriticalOnesThrough() {
        a.setWatermarks(8, 12);
        assertEquals(WatermarkLevel.OK, a.watermarkLevel());
        assertEquals(page(0), a.allocPagesRaw(8));
        assertEquals(WatermarkLevel.BELOW_LOW, a.watermarkLevel());
        ObservableState before = ObservableState.of(a);
        assertEquals(PhysMemError.OUT_OF_MEMORY.code(), a.allocPagesRaw(1));
        assertEquals(PhysMemError.OUT_OF_MEMORY.code(), a.allocPagesConstrainedRaw(1, 0, 0, Long.MAX_VALUE, false));
        assertEquals(PhysMemError.OUT_OF_MEMORY.code(), a.allocPagesBulkExact(0, 1, new long[1], false));
        assertEquals(0, a.allocPagesBulk(0, 1, new long[1], false));
        assertEquals(
                before.withRejectedAlloc()
                        .withRejectedAlloc()
                        .withRejectedAlloc()
                        .withRejectedAlloc(),
                ObservableState.of(a));
        assertEquals(page(8), a.allocPagesRaw(1, true));
        assertEquals(WatermarkLevel.BELOW_MIN, a.watermarkLevel());
        a.reset();
        assertEquals(8, a.minWatermark());
        assertEquals(12, a.lowWatermark());
        assertThrows(IllegalArgumentException.class, () -> a.setWatermarks(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> a.setWatermarks(5, 4));
        assertEquals(8, a.minWatermark());
    }

    @Test
    void walkVisitsLiveBlocksInAddressOrder() {
        long four = a.tryAllocPages(4).asLong();
        long one = a.tryAllocPages(1).asLong();
        long two = a.tryAllocPages(2).asLong();
        a.tryFreePages(PhysAddr.of(one), 1);
        assertEquals(List.of(new Block(PhysAddr.of(four), 2), new Block(PhysAddr.of(two), 1)), a.allocatedBlocks());
        assertEquals(four, a.nextAllocatedBlock(-5));
        assertEquals(two, a.nextAllocatedBlock(four + 1));
        assertEquals(-1, a.nextAllocatedBlock(two + 1));
        assertEquals(-1, a.nextAllocatedBlock(Long.MAX_VALUE));
        assertEquals(2, a.allocatedOrderRaw(four));
        assertEquals(-1, a.allocatedOrderRaw(four + 1));
        assertEquals(-1, a.allocatedOrderRaw(-PAGE));
        assertEquals(-1, ReferenceAllocator.uninit().nextAllocatedBlock(0));
    }

    @Test
    void fragmentationMeasuresFollowLinux() {
        a.tryAllocPages(8);
        a.tryAllocPages(1); // free: 9/0 10/1 12/2 = 7 pages in 3 blocks
        assertEquals(375, a.fragmentationIndex(3)); // 1000 - (1000 + 7000/8) / 3
        assertEquals(-1000, a.fragmentationIndex(2));
        assertEquals(1000, a.unusableFreeSpaceIndex(3));
        assertEquals(428, a.unusableFreeSpaceIndex(2)); // (7 - 4) * 1000 / 7
        assertEquals(142, a.unusableFreeSpaceIndex(1)); // (7 - 3*2) * 1000 / 7
        assertEquals(0, a.unusableFreeSpaceIndex(0));
        assertEquals(7, a.suitableBlocks(0));
        assertEquals("Node 0, zone  physmem      1      1      1      0 ", a.buddyinfo());
        assertEquals(
                PhysMemError.INVALID_ORDER,
                assertThrows(PhysMemException.class, () -> a.fragmentationIndex(4))
                        .error());
        ReferenceAllocator uninit = ReferenceAllocator.uninit();
        assertEquals(0, uninit.fragmentationIndex(0));
        assertEquals(1000, uninit.unusableFreeSpaceIndex(0));
    }
}
