package ruvix.physmem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class AllocatorStatsTest {

    @Test
    void derivedFigures() {
        AllocatorStats s = new AllocatorStats(4096, 1024, 768, 30, 10, 20, 3, 12, 8, 300);
        assertEquals(256, s.usedPages());
        assertEquals(1024 * 4096L, s.totalBytes());
        assertEquals(768 * 4096L, s.freeBytes());
        assertEquals(256 * 4096L, s.usedBytes());
        assertEquals(300 * 4096L, s.peakUsedBytes());
        assertEquals(40, s.allocations());
        assertEquals(25, s.utilizationPercent());
        assertEquals(75, s.successRatePercent());
        assertEquals(12.0 / 30, s.splitsPerAllocation());
        assertEquals(8.0 / 20, s.coalescesPerFree());
    }

    @Test
    void emptyAllocatorHasNeutralRatios() {
        AllocatorStats s = AllocatorStats.empty(16384);
        assertEquals(0, s.totalPages());
        assertEquals(0, s.utilizationPercent());
        assertEquals(100, s.successRatePercent());
        assertEquals(0.0, s.splitsPerAllocation());
        assertEquals(0.0, s.coalescesPerFree());
        assertEquals(16384, s.pageSize());
    }

    @Test
    void ratiosRoundDown() {
        AllocatorStats s = new AllocatorStats(4096, 3, 1, 2, 1, 0, 0, 0, 0, 2);
        assertEquals(66, s.utilizationPercent());
        assertEquals(66, s.successRatePercent());
    }

    @Test
    void inconsistentPageCountsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new AllocatorStats(4096, 10, 11, 0, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new AllocatorStats(4096, -1, 0, 0, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new AllocatorStats(0, 10, 5, 0, 0, 0, 0, 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new AllocatorStats(4096, 10, -1, 0, 0, 0, 0, 0, 0, 0));
    }

    @Test
    void orderStatsAndBlock() {
        OrderStats o = new OrderStats(3, 2, 1);
        assertEquals(3, o.freeBlocks());
        assertEquals(2, o.allocations());
        assertEquals(1, o.frees());
        Block b = new Block(PhysAddr.of(0x8000), 3);
        assertEquals(8, b.pages());
        assertEquals("0x8000/3", b.toString());
        assertEquals(-1, Integer.signum(b.compareTo(new Block(PhysAddr.of(0x9000), 0))));
        assertEquals(1, Integer.signum(b.compareTo(new Block(PhysAddr.of(0x8000), 2))));
        assertThrows(IllegalArgumentException.class, () -> new Block(PhysAddr.NULL, -1));
        assertThrows(IllegalArgumentException.class, () -> new Block(PhysAddr.NULL, 63));
        assertThrows(NullPointerException.class, () -> new Block(null, 0));
    }
}
