package ruvix.physmem.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import ruvix.physmem.Block;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.MemoryMap.Region;
import ruvix.physmem.MemoryMap.Reserved;
import ruvix.physmem.PhysAddr;

/** Init gives the greedy maximal decomposition of every usable run, up to 1,048,576 pages. */
class ReferenceAllocatorInitTest {

    /** DESIGN.md's init, written independently: the largest aligned block that fits, repeatedly. */
    private static List<Block> greedy(MemoryMap map, int maxOrder) {
        List<Block> blocks = new ArrayList<>();
        for (MemoryMap.PageRun run : map.usableRuns()) {
            long s = run.startPfn();
            while (s < run.endPfn()) {
                int k = maxOrder - 1;
                while (s % (1L << k) != 0 || s + (1L << k) > run.endPfn()) {
                    k--;
                }
                blocks.add(new Block(PhysAddr.of(s << map.pageShift()), k));
                s += 1L << k;
            }
        }
        return blocks;
    }

    private static void assertInitialized(MemoryMap map) {
        ReferenceAllocator a = new ReferenceAllocator(map);
        List<Block> expected = greedy(map, a.maxOrder());
        assertEquals(expected, a.freeBlocks());
        assertEquals(map.usablePages(), a.totalPages());
        assertEquals(map.usablePages(), a.freePageCount());
        for (int k = 0; k < a.maxOrder(); k++) {
            int order = k;
            assertEquals(expected.stream().filter(b -> b.order() == order).count(), a.freeBlocksAtOrder(k));
        }
        assertEquals(true, a.checkInvariants());
    }

    @Test
    void largeAlignedMap() {
        assertInitialized(MemoryMap.single(12, 0x1000_0000L, 1_048_576));
    }

    @Test
    void largeUnalignedMapWithHolesAndReservations() {
        assertInitialized(MemoryMap.of(
                12,
                List.of(new Region(0x1000, 300_001), new Region(0x8000_0000L, 700_000)),
                List.of(new Reserved(0x20_0123, 0x40_0000, "kernel"), new Reserved(0x8010_0000L, 0x8010_1000L))));
    }

    @Test
    void everyStartAndLengthOfSmallRuns() {
        for (int start = 0; start < 40; start++) {
            for (int pages = 1; pages < 70; pages++) {
                assertInitialized(MemoryMap.single(12, start * 4096L, pages));
            }
        }
    }

    @Test
    void nothingUsable() {
        ReferenceAllocator a =
                new ReferenceAllocator(MemoryMap.of(12, List.of(new Region(0, 4)), List.of(new Reserved(0, 0x4000))));
        assertEquals(0, a.totalPages());
        assertEquals(List.of(), a.freeBlocks());
        assertEquals(-1, a.largestFreeOrder());
        assertEquals(true, a.allocPages(1).isEmpty());
    }
}
