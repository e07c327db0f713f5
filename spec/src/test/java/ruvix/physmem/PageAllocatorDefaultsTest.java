package ruvix.physmem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The interface's typed methods over the primitive entry points, against a scripted allocator. */
class PageAllocatorDefaultsTest {

    /**
     * Answers every primitive allocation or free with the next scripted result and records the
     * call; free blocks per order and allocated blocks are set by the test.
     */
    private static final class Scripted implements PageAllocator {
        final List<Long> results = new ArrayList<>();
        final List<String> calls = new ArrayList<>();
        final long[] freeBlocks = new long[10];
        final TreeMap<Long, Integer> allocated = new TreeMap<>();
        final int pageShift;
        long min;
        long low;

        Scripted(int pageShift, long... results) {
            this.pageShift = pageShift;
            for (long r : results) {
                this.results.add(r);
            }
        }

        @Override
        public long allocPagesRaw(long count, boolean critical) {
            calls.add((critical ? "critical alloc " : "alloc ") + count);
            return results.remove(0);
        }

        @Override
        public int freePagesRaw(long addr, long count) {
            calls.add("free 0x" + Long.toHexString(addr) + " " + count);
            return (int) (long) results.remove(0);
        }

        @Override
        public long allocPagesConstrainedRaw(
                long count, int alignOrder, long lowAddr, long highAddr, boolean critical) {
            calls.add("constrained " + count + " " + alignOrder + " 0x" + Long.toHexString(lowAddr) + " 0x"
                    + Long.toHexString(highAddr) + " " + critical);
            return results.remove(0);
        }

        @Override
        public int allocPagesBulk(int order, int n, long[] out, boolean critical) {
            throw new UnsupportedOperationException("not scripted");
        }

        @Override
        public int allocPagesBulkExact(int order, int n, long[] out, boolean critical) {
            throw new UnsupportedOperationException("not scripted");
        }

        @Override
        public int allocatedOrderRaw(long addr) {
            return allocated.getOrDefault(addr, -1);
        }

        @Override
        public long nextAllocatedBlock(long fromAddr) {
            Long next = allocated.ceilingKey(Math.max(0, fromAddr));
            return next == null ? -1 : next;
        }

        @Override
        public void setWatermarks(long minPages, long lowPages) {
            min = minPages;
            low = lowPages;
        }

        @Override
        public long minWatermark() {
            return min;
        }

        @Override
        public long lowWatermark() {
            return low;
        }

        @Override
        public int pageShift() {
            return pageShift;
        }

        @Override
        public int maxOrder() {
            return freeBlocks.length;
        }

        @Override
        public boolean isInitialized() {
            return true;
        }

        @Override
        public boolean contains(PhysAddr addr) {
            return false;
        }

        @Override
        public void reset() {}

        @Override
        public void init(PhysAddr base, long totalPages) {}

        @Override
        public void init(MemoryMap map) {}

        @Override
        public long freePageCount() {
            long pages = 0;
            for (int k = 0; k < freeBlocks.length; k++) {
                pages += freeBlocks[k] << k;
            }
            return pages;
        }

        @Override
        public long usedPages() {
            return 0;
        }

        @Override
        public long totalPages() {
            return 0;
        }

        @Override
        public PhysAddr baseAddr() {
            return PhysAddr.NULL;
        }

        @Override
        public PhysAddr endAddr() {
            return PhysAddr.NULL;
        }

        @Override
        public long freeBlocksAtOrder(int order) {
            return order >= 0 && order < freeBlocks.length ? freeBlocks[order] : 0;
        }

        @Override
        public List<OrderStats> orderStats() {
            return List.of();
        }

        @Override
        public AllocatorStats stats() {
            return AllocatorStats.empty(pageSize());
        }

        @Override
        public int largestFreeOrder() {
            return -1;
        }

        @Override
        public List<Block> freeBlocks() {
            return List.of();
        }
    }

    @Test
    void allocPagesMapsCodesToEmpty() {
        Scripted a = new Scripted(12, 0x5000, PhysMemError.OUT_OF_MEMORY.code());
        assertEquals(Optional.of(PhysAddr.of(0x5000)), a.allocPages(4));
        assertEquals(Optional.empty(), a.allocPages(4));
        assertEquals(List.of("alloc 4", "alloc 4"), a.calls);
    }

    @Test
    void tryVariantsThrowTheError() {
        Scripted a =
                new Scripted(12, PhysMemError.ZERO_ALLOCATION.code(), 0x7000, 0, PhysMemError.NOT_ALLOCATED.code());
        assertEquals(
                PhysMemError.ZERO_ALLOCATION,
                assertThrows(PhysMemException.class, () -> a.tryAllocPages(0)).error());
        assertEquals(PhysAddr.of(0x7000), a.tryAllocPages(1));
        a.tryFreePages(PhysAddr.of(0x7000), 1);
        assertEquals(
                PhysMemError.NOT_ALLOCATED,
                assertThrows(PhysMemException.class, () -> a.deallocPages(PhysAddr.of(0x7000), 1))
                        .error());
        assertThrows(NullPointerException.class, () -> a.tryFreePages(null, 1));
    }

    @Test
    void framesFollowTheCrateGeometry() {
        Scripted a = new Scripted(12, 0x8000, 0);
        PageFrame f = a.allocFrame(3).orElseThrow();
        assertEquals(new PageFrame(PhysAddr.of(0x8000), PageOrder.of(2).orElseThrow()), f);
        a.freeFrame(f);
        assertEquals(List.of("alloc 3", "free 0x8000 4"), a.calls);
        assertEquals(Optional.empty(), a.allocFrame(0));
        assertEquals(Optional.empty(), a.allocFrame(513));
        assertEquals(2, a.calls.size(), "a count without a PageOrder never reaches the allocator");
    }

    @Test
    void framesAreRefusedOnOtherPageSizes() {
        Scripted a = new Scripted(14, 0x8000);
        assertEquals(Optional.empty(), a.allocFrame(1));
        PhysMemException e =
                assertThrows(PhysMemException.class, () -> a.freeFrame(PageFrame.singlePage(PhysAddr.of(0x8000))));
        assertEquals(PhysMemError.INVALID_ORDER, e.error());
        assertTrue(a.calls.isEmpty());
        assertEquals(16384, a.pageSize());
    }

    @Test
    void plainAllocationIsNonCritical() {
        Scripted a = new Scripted(12, 0x5000);
        assertEquals(0x5000, a.allocPagesRaw(3));
        assertEquals(List.of("alloc 3"), a.calls);
    }

    @Test
    void constrainedAllocationPassesTheWindowAndMapsCodes() {
        Scripted a = new Scripted(12, 0x10000, PhysMemError.OUT_OF_MEMORY.code());
        assertEquals(
                Optional.of(PhysAddr.of(0x10000)),
                a.allocPagesConstrained(2, 4, PhysAddr.of(0x8000), PhysAddr.of(0x1_0000_0000L)));
        assertEquals(Optional.empty(), a.allocPagesConstrained(1, 0, PhysAddr.NULL, PhysAddr.of(0x1000)));
        assertEquals(List.of("constrained 2 4 0x8000 0x100000000 false", "constrained 1 0 0x0 0x1000 false"), a.calls);
        assertThrows(NullPointerException.class, () -> a.allocPagesConstrained(1, 0, null, PhysAddr.NULL));
    }

    /** 4 free blocks of order 0 and 2 of order 1: 8 free pages in 6 blocks. */
    private static Scripted fragmented() {
        Scripted a = new Scripted(12);
        a.freeBlocks[0] = 4;
        a.freeBlocks[1] = 2;
        return a;
    }

    @Test
    void suitableBlocksCountLargerBlocksInUnitsOfTheOrder() {
        Scripted a = fragmented();
        assertEquals(8, a.suitableBlocks(0));
        assertEquals(2, a.suitableBlocks(1));
        assertEquals(0, a.suitableBlocks(2));
    }

    @Test
    void fragmentationIndexFollowsLinux() {
        Scripted a = fragmented();
        assertEquals(-1000, a.fragmentationIndex(0));
        assertEquals(-1000, a.fragmentationIndex(1));
        assertEquals(500, a.fragmentationIndex(2)); // 1000 - (1000 + 8000/4) / 6
        assertEquals(667, a.fragmentationIndex(3)); // 1000 - (1000 + 8000/8) / 6
        assertEquals(0, new Scripted(12).fragmentationIndex(3), "nothing free");
    }

    @Test
    void unusableFreeSpaceIndexFollowsLinux() {
        Scripted a = fragmented();
        assertEquals(0, a.unusableFreeSpaceIndex(0));
        assertEquals(500, a.unusableFreeSpaceIndex(1)); // (8 - 2*2) * 1000 / 8
        assertEquals(1000, a.unusableFreeSpaceIndex(2));
        assertEquals(1000, new Scripted(12).unusableFreeSpaceIndex(0), "nothing free");
    }

    @Test
    void metricsRefuseOrdersOutsideTheAllocator() {
        Scripted a = fragmented();
        for (int order : new int[] {-1, 10, Integer.MIN_VALUE}) {
            assertEquals(
                    PhysMemError.INVALID_ORDER,
                    assertThrows(PhysMemException.class, () -> a.fragmentationIndex(order))
                            .error());
            assertEquals(
                    PhysMemError.INVALID_ORDER,
                    assertThrows(PhysMemException.class, () -> a.unusableFreeSpaceIndex(order))
                            .error());
            assertEquals(
                    PhysMemError.INVALID_ORDER,
                    assertThrows(PhysMemException.class, () -> a.suitableBlocks(order))
                            .error());
        }
    }

    @Test
    void buddyinfoHasTheProcShape() {
        assertEquals(
                "Node 0, zone  physmem      4      2      0      0      0      0      0      0      0      0 ",
                fragmented().buddyinfo());
    }

    @Test
    void watermarkLevelComparesFreePages() {
        Scripted a = fragmented(); // 8 free pages
        assertEquals(WatermarkLevel.OK, a.watermarkLevel());
        a.setWatermarks(4, 8);
        assertEquals(WatermarkLevel.OK, a.watermarkLevel());
        a.setWatermarks(4, 9);
        assertEquals(WatermarkLevel.BELOW_LOW, a.watermarkLevel());
        a.setWatermarks(9, 9);
        assertEquals(WatermarkLevel.BELOW_MIN, a.watermarkLevel());
    }

    @Test
    void walksAllocatedBlocksInAddressOrder() {
        Scripted a = new Scripted(12);
        a.allocated.put(0x8000L, 3);
        a.allocated.put(0x1000L, 0);
        a.allocated.put(0x2000L, 1);
        List<String> seen = new ArrayList<>();
        a.forEachAllocatedBlock((addr, order) -> seen.add(Long.toHexString(addr) + "/" + order));
        assertEquals(List.of("1000/0", "2000/1", "8000/3"), seen);
        assertEquals(
                List.of(
                        new Block(PhysAddr.of(0x1000), 0),
                        new Block(PhysAddr.of(0x2000), 1),
                        new Block(PhysAddr.of(0x8000), 3)),
                a.allocatedBlocks());
        assertEquals(OptionalInt.of(1), a.allocatedOrder(PhysAddr.of(0x2000)));
        assertEquals(OptionalInt.empty(), a.allocatedOrder(PhysAddr.of(0x3000)));
        assertThrows(NullPointerException.class, () -> a.forEachAllocatedBlock(null));
    }
}
