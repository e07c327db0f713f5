package ruvix.physmem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ruvix.physmem.MemoryMap.PageRun;
import ruvix.physmem.MemoryMap.Region;
import ruvix.physmem.MemoryMap.Reserved;

class MemoryMapTest {

    private static String rejection(int shift, List<Region> regions, List<Reserved> reserved) {
        return assertThrows(IllegalArgumentException.class, () -> MemoryMap.of(shift, regions, reserved))
                .getMessage();
    }

    @Test
    void singleRegionIsOneRun() {
        MemoryMap m = MemoryMap.single(12, 0x1000_0000, 4096);
        assertEquals(List.of(new PageRun(0x10000, 0x11000)), m.usableRuns());
        assertEquals(4096, m.usablePages());
        assertEquals(0x10000, m.startPfn());
        assertEquals(0x11000, m.endPfn());
        assertEquals(4096, m.spanPages());
        assertEquals(4096, m.pageSize());
        assertEquals(12, m.pageShift());
        assertTrue(m.isUsable(0x10000));
        assertTrue(m.isUsable(0x10fff));
        assertFalse(m.isUsable(0x11000));
        assertFalse(m.isUsable(0xffff));
    }

    @Test
    void reservedRangesRemoveEveryPageTheyTouch() {
        MemoryMap m = MemoryMap.of(
                12,
                List.of(new Region(0x0, 16)),
                List.of(new Reserved(0x1800, 0x2001, "dtb"), new Reserved(0x0, 0x1, "stub")));
        assertEquals(List.of(new PageRun(3, 16)), m.usableRuns());
        assertEquals(13, m.usablePages());
        assertEquals("stub", m.reserved().get(0).label());
        assertEquals("reserved", new Reserved(1, 2).label());
    }

    @Test
    void holesSplitRunsAndAdjacentRegionsJoin() {
        MemoryMap m = MemoryMap.of(
                12,
                List.of(new Region(0x20000, 8), new Region(0x0, 8), new Region(0x8000, 4)),
                List.of(new Reserved(0x22000, 0x23000)));
        assertEquals(0x0, m.regions().get(0).base());
        assertEquals(List.of(new PageRun(0, 12), new PageRun(0x20, 0x22), new PageRun(0x23, 0x28)), m.usableRuns());
        assertEquals(19, m.usablePages());
        assertEquals(0x28, m.spanPages());
        assertFalse(m.isUsable(0x22));
        assertFalse(m.isUsable(12));
        assertTrue(m.isUsable(11));
    }

    @Test
    void overlappingReservedRangesAndRangesOutsideRegions() {
        MemoryMap m = MemoryMap.of(
                12,
                List.of(new Region(0x0, 10)),
                List.of(new Reserved(0x2000, 0x5000), new Reserved(0x3000, 0x4000), new Reserved(0x100000, 0x200000)));
        assertEquals(List.of(new PageRun(0, 2), new PageRun(5, 10)), m.usableRuns());
    }

    @Test
    void everythingReservedLeavesNoUsablePage() {
        MemoryMap m = MemoryMap.of(12, List.of(new Region(0x0, 4)), List.of(new Reserved(0x0, 0x4000)));
        assertEquals(List.of(), m.usableRuns());
        assertEquals(0, m.usablePages());
    }

    @Test
    void otherPageSizes() {
        MemoryMap m = MemoryMap.single(16, 0x4000_0000, 16);
        assertEquals(0x4000, m.startPfn());
        assertEquals(65536, m.pageSize());
        assertTrue(rejection(16, List.of(new Region(0x1000, 1)), List.of())
                .contains("not aligned to the 65536-byte page"));
    }

    @Test
    void validationNamesTheOffendingEntry() {
        assertTrue(rejection(0, List.of(new Region(0, 1)), List.of()).contains("page shift"));
        assertTrue(rejection(33, List.of(new Region(0, 1)), List.of()).contains("page shift"));
        assertTrue(rejection(12, List.of(), List.of()).contains("no region"));
        assertTrue(rejection(12, List.of(new Region(0, 1), new Region(0x1001, 1)), List.of())
                .startsWith("region 1 (base 0x1001, 1 pages): base is not aligned"));
        assertTrue(rejection(12, List.of(new Region(-4096, 1)), List.of()).contains("negative"));
        assertTrue(rejection(12, List.of(new Region(0x1000, 0)), List.of()).contains("at least one page"));
        assertTrue(rejection(12, List.of(new Region(0x1000, -3)), List.of()).contains("at least one page"));
        assertTrue(rejection(12, List.of(new Region(Long.MAX_VALUE & -4096L, 2)), List.of())
                .contains("overflows"));
        assertEquals(
                "region 1 (base 0x3000) overlaps region 0 (base 0x0, 4 pages)",
                rejection(12, List.of(new Region(0, 4), new Region(0x3000, 4)), List.of()));
        assertTrue(rejection(12, List.of(new Region(0, 4)), List.of(new Reserved(0x2000, 0x2000)))
                .startsWith("reserved range 0 [0x2000, 0x2000): empty"));
        assertTrue(rejection(12, List.of(new Region(0, 4)), List.of(new Reserved(0x3000, 0x2000)))
                .contains("reversed"));
        assertTrue(rejection(12, List.of(new Region(0, 4)), List.of(new Reserved(-1, 0x2000)))
                .contains("negative"));
    }

    @Test
    void largestRegionThatFits() {
        long maxPages = Long.MAX_VALUE >> 12;
        MemoryMap m = MemoryMap.single(12, 0, maxPages);
        assertEquals(maxPages, m.usablePages());
    }

    @Test
    void valueSemantics() {
        MemoryMap a = MemoryMap.single(12, 0x1000, 2);
        MemoryMap b = MemoryMap.single(12, 0x1000, 2);
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertNotEquals(a, MemoryMap.single(13, 0x2000, 2));
        assertNotEquals(a, "map");
        assertEquals("MemoryMap[pageSize=4096, region 0x1000+2p]", a.toString());
        assertTrue(MemoryMap.of(12, List.of(new Region(0, 4)), List.of(new Reserved(0, 1, "x")))
                .toString()
                .contains("reserved [0x0, 0x1)"));
    }
}
