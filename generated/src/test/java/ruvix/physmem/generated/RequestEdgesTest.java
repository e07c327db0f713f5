package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.ShippedProfiles;
import ruvix.physmem.model.ReferenceAllocator;

/**
 * Boundaries of the issue-8 requests that neither the differential traces nor RequestsTest reach:
 * a block that leaves exactly the min watermark or one page less, all-or-nothing bulk of a
 * larger order under the watermark, a block at address 0, which the request paths must not take
 * for an error code, and constrained allocation on tiny maps whose order-0 bitmap has a summary
 * level, where find-next climbs and descends a level.
 */
class RequestEdgesTest {
    private static final long OOM = PhysMemError.OUT_OF_MEMORY.code();

    private static List<PageAllocator> atZero() {
        return List.of(new TinyAllocator(PhysAddr.of(0), 16), new CrateDefaultAllocator(PhysAddr.of(0), 1024));
    }

    @Test
    void constrainedBlockMayLeaveExactlyTheMinWatermark() {
        for (PageAllocator a : List.of(TinyAllocator.withProfileMap(), CrateDefaultAllocator.withProfileMap())) {
            long top = 1L << (a.maxOrder() - 1);
            a.setWatermarks(a.freePageCount() - top, a.freePageCount() - top);
            long base = a.baseAddr().asLong();
            assertEquals(base, a.allocPagesConstrainedRaw(top, 0, 0, Long.MAX_VALUE, false));
            assertEquals(OOM, a.allocPagesConstrainedRaw(1, 0, 0, Long.MAX_VALUE, false));
            assertEquals(0, a.freePagesRaw(base, top));
            a.setWatermarks(a.freePageCount() - top + 1, a.freePageCount());
            assertEquals(OOM, a.allocPagesConstrainedRaw(top, 0, 0, Long.MAX_VALUE, false));
            assertEquals(OOM, a.allocPagesConstrainedRaw(top - 1, 0, 0, Long.MAX_VALUE, false));
            assertEquals(base, a.allocPagesConstrainedRaw(top / 2, 0, 0, Long.MAX_VALUE, false));
        }
    }

    /** The watermark test counts n blocks of 2^order pages, not n pages. */
    @Test
    void exactBulkOfALargerOrderCountsItsPagesAgainstTheWatermark() {
        for (PageAllocator a : List.of(TinyAllocator.withProfileMap(), CrateDefaultAllocator.withProfileMap())) {
            long free = a.freePageCount();
            a.setWatermarks(free - 7, free - 7);
            long[] out = new long[4];
            assertEquals(OOM, a.allocPagesBulkExact(1, 4, out, false));
            assertEquals(free, a.freePageCount());
            assertArrayEquals(new long[4], out);
            assertEquals(3, a.allocPagesBulkExact(1, 3, out, false));
            assertEquals(free - 6, a.freePageCount());
        }
    }

    /**
     * Pages [0x10007, 0x10047) from the origin 0x10000: 71 indices, so order 0's bitmap has two
     * words and a summary level; a hole of two pages and a reserved page make blocks of every order
     * sit at uneven places.
     */
    private static final MemoryMap WIDE = MemoryMap.of(
            12,
            List.of(new MemoryMap.Region(0x10007000L, 30), new MemoryMap.Region(0x10027000L, 32)),
            List.of(new MemoryMap.Reserved(0x10030000L, 0x10030800L, "half a page")));

    @Test
    void constrainedAllocationOnASummaryLevelAgreesWithTheModel() throws Exception {
        ReferenceAllocator model = ReferenceAllocator.forProfile(ShippedProfiles.load("tiny"));
        model.init(WIDE);
        TinyAllocator a = new TinyAllocator(WIDE);
        SplittableRandom random = new SplittableRandom(0x5C4_1E7L);
        long origin = 0x1000_0000L;
        List<long[]> live = new ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            if (live.isEmpty() || random.nextInt(100) < 55) {
                long count = 1 + random.nextInt(8);
                int align = random.nextInt(4);
                long low = origin + random.nextLong(80 * 4096L);
                long high = random.nextInt(8) == 0 ? Long.MAX_VALUE : low + random.nextLong(40 * 4096L);
                long expected = model.allocPagesConstrainedRaw(count, align, low, high, false);
                assertEquals(expected, a.allocPagesConstrainedRaw(count, align, low, high, false), "step " + i);
                if (expected >= 0) {
                    live.add(new long[] {expected, count});
                }
            } else {
                long[] block = live.remove(random.nextInt(live.size()));
                assertEquals(0, model.freePagesRaw(block[0], block[1]));
                assertEquals(0, a.freePagesRaw(block[0], block[1]));
            }
            assertEquals(model.freeBlocks(), a.freeBlocks(), "step " + i);
        }
        assertEquals(model.stats(), a.stats());
    }

    @Test
    void blocksAtAddressZeroAreResults() {
        for (PageAllocator a : atZero()) {
            long[] out = {7, 7, 7};
            assertEquals(2, a.allocPagesBulk(0, 2, out, false));
            assertArrayEquals(new long[] {0, 4096, 7}, out);
            assertEquals(0, a.nextAllocatedBlock(0));
            assertEquals(0, a.allocatedOrderRaw(0));
            assertEquals(0, a.freePagesRaw(0, 1));
            assertEquals(0, a.freePagesRaw(4096, 1));
            assertEquals(-1, a.nextAllocatedBlock(0));

            assertEquals(2, a.allocPagesBulkExact(0, 2, out, false));
            assertArrayEquals(new long[] {0, 4096, 7}, out);
            assertEquals(0, a.freePagesRaw(0, 1));
            assertEquals(0, a.freePagesRaw(4096, 1));

            assertEquals(0, a.allocPagesConstrainedRaw(1, 0, 0, 4096, false));
            assertEquals(0, a.allocatedOrderRaw(0));
        }
    }
}
