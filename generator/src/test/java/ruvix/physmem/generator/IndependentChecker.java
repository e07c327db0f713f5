package ruvix.physmem.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import ruvix.physmem.Block;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysAddr;

/**
 * DESIGN.md's invariants I1..I5, checked from outside through the public API alone: the free-block
 * snapshot, the counters, and the blocks the test itself holds. Independent of the allocator's
 * bitmaps and of its own debug check.
 */
final class IndependentChecker {
    private IndependentChecker() {}

    /**
     * @param live the blocks the test holds: address to order
     */
    static void check(PageAllocator a, MemoryMap map, Map<Long, Integer> live) {
        int shift = a.pageShift();
        List<Block> free = a.freeBlocks();
        List<long[]> all = new ArrayList<>();
        long freePages = 0;
        long[] perOrder = new long[a.maxOrder()];
        for (int i = 0; i < free.size(); i++) {
            Block b = free.get(i);
            if (i > 0) {
                assertTrue(free.get(i - 1).compareTo(b) < 0, "snapshot in address order");
            }
            assertTrue(b.order() < a.maxOrder(), "order in range: " + b);
            perOrder[b.order()]++;
            freePages += b.pages();
            all.add(new long[] {b.addr().asLong() >> shift, b.order()});
        }
        long usedPages = 0;
        for (Map.Entry<Long, Integer> e : live.entrySet()) {
            all.add(new long[] {e.getKey() >> shift, e.getValue()});
            usedPages += 1L << e.getValue();
            assertEquals(OptionalInt.of(e.getValue()), a.allocatedOrder(PhysAddr.of(e.getKey())), "allocated order");
        }
        all.sort(Comparator.comparingLong(x -> x[0]));
        long previousEnd = Long.MIN_VALUE;
        for (long[] block : all) {
            long pfn = block[0];
            long pages = 1L << block[1];
            assertTrue(pfn >= previousEnd, "I1: blocks overlap at page " + pfn);
            previousEnd = pfn + pages;
            assertEquals(0, pfn % pages, "I2: block at page " + pfn + " of order " + block[1] + " is misaligned");
            assertTrue(withinOneRun(map, pfn, pfn + pages), "I2: block at page " + pfn + " leaves usable memory");
        }
        assertEquals(map.usablePages(), a.totalPages(), "total pages");
        assertEquals(a.totalPages(), freePages + usedPages, "I3: free + allocated pages = usable pages");
        assertEquals(freePages, a.freePageCount(), "I4: free pages");
        assertEquals(usedPages, a.usedPages(), "I4: used pages");
        int largest = -1;
        for (int k = 0; k < a.maxOrder(); k++) {
            assertEquals(perOrder[k], a.freeBlocksAtOrder(k), "I4: free blocks of order " + k);
            assertEquals(perOrder[k], a.orderStats().get(k).freeBlocks(), "I4: order stats of order " + k);
            if (perOrder[k] > 0) {
                largest = k;
            }
        }
        assertEquals(largest, a.largestFreeOrder(), "largest free order");
        assertEquals(freePages, a.stats().freePages(), "I4: stats free pages");
        for (int i = 1; i < free.size(); i++) {
            for (int j = i - 1; j >= 0 && j >= i - 2; j--) {
                Block x = free.get(j);
                Block y = free.get(i);
                boolean buddies = x.order() == y.order()
                        && x.order() + 1 < a.maxOrder()
                        && ((x.addr().asLong() >> shift) ^ (1L << x.order()))
                                == (y.addr().asLong() >> shift);
                assertTrue(!buddies, "I5: free buddies " + x + " and " + y);
            }
        }
    }

    /** Whether pages {@code [start, end)} all lie in one usable run. */
    static boolean withinOneRun(MemoryMap map, long start, long end) {
        for (MemoryMap.PageRun run : map.usableRuns()) {
            if (run.startPfn() <= start && end <= run.endPfn()) {
                return true;
            }
        }
        return false;
    }
}
