package ruvix.physmem.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import ruvix.physmem.AllocatorStats;
import ruvix.physmem.Block;
import ruvix.physmem.OrderStats;
import ruvix.physmem.PageFrame;
import ruvix.physmem.PhysAddr;

/** The crate's documented behaviours, on the reference allocator. */
class ReferenceAllocatorCrateTest {
    private static final PhysAddr BASE = PhysAddr.of(0x1000_0000L);

    @Test
    void newManagesEveryPage() {
        ReferenceAllocator a = new ReferenceAllocator(BASE, 1024);
        assertEquals(1024, a.totalPages());
        assertEquals(1024, a.freePageCount());
        assertEquals(0, a.usedPages());
        assertEquals(BASE, a.baseAddr());
        assertEquals(PhysAddr.of(0x1040_0000L), a.endAddr());
        assertEquals(2, a.freeBlocksAtOrder(9), "1024 pages at an aligned base are two 512-page blocks");
        assertEquals(9, a.largestFreeOrder());
        assertTrue(a.checkInvariants());
    }

    @Test
    void allocPagesGivesAlignedLowestAddresses() {
        ReferenceAllocator a = new ReferenceAllocator(BASE, 4096);
        PhysAddr one = a.allocPages(1).orElseThrow();
        assertTrue(one.isPageAligned());
        assertEquals(BASE, one);
        PhysAddr four = a.allocPages(4).orElseThrow();
        assertEquals(BASE.addPages(4), four, "the split left (4,2) free: the lowest block of order 2");
        assertEquals(4096 - 1 - 4, a.freePageCount());
        a.deallocPages(one, 1);
        a.deallocPages(four, 4);
        assertEquals(4096, a.freePageCount());
        assertEquals(8, a.freeBlocksAtOrder(9), "everything coalesced back");
    }

    @Test
    void freedMemoryIsAvailableAgainAtTheSameAddress() {
        ReferenceAllocator a = new ReferenceAllocator(BASE, 1024);
        PhysAddr addr = a.allocPages(8).orElseThrow();
        a.deallocPages(addr, 8);
        assertEquals(addr, a.allocPages(8).orElseThrow());
    }

    @Test
    void allocFrameHasTheRequestedPages() {
        ReferenceAllocator a = new ReferenceAllocator(BASE, 1024);
        PageFrame frame = a.allocFrame(4).orElseThrow();
        assertEquals(4, frame.pages());
        assertEquals(OptionalInt.of(2), a.allocatedOrder(frame.addr()));
        a.freeFrame(frame);
        assertEquals(1024, a.freePageCount());
        assertEquals(OptionalInt.empty(), a.allocatedOrder(frame.addr()));
    }

    @Test
    void uninitThenInit() {
        ReferenceAllocator a = ReferenceAllocator.uninit();
        assertFalse(a.isInitialized());
        assertEquals(0, a.totalPages());
        assertEquals(PhysAddr.NULL, a.baseAddr());
        assertTrue(a.allocPages(1).isEmpty());
        assertEquals(AllocatorStats.empty(4096), a.stats());
        a.init(BASE, 64);
        assertTrue(a.isInitialized());
        assertEquals(64, a.freePageCount());
        assertEquals(BASE, a.allocPages(1).orElseThrow());
    }

    @Test
    void containsMeansAUsablePage() {
        ReferenceAllocator a = new ReferenceAllocator(BASE, 16);
        assertTrue(a.contains(BASE));
        assertTrue(a.contains(PhysAddr.of(0x1000_ffffL)));
        assertFalse(a.contains(PhysAddr.of(0x1001_0000L)));
        assertFalse(a.contains(PhysAddr.of(0x0fff_ffffL)));
        assertFalse(ReferenceAllocator.uninit().contains(BASE));
    }

    @Test
    void resetFreesEverythingAndZeroesCounters() {
        ReferenceAllocator a = new ReferenceAllocator(BASE, 4096);
        for (int i = 0; i < 100; i++) {
            a.allocPages(1).orElseThrow();
        }
        a.reset();
        assertEquals(4096, a.freePageCount());
        assertEquals(
                AllocatorStats.empty(4096).successfulAllocations(), a.stats().successfulAllocations());
        assertEquals(0, a.stats().peakUsedPages());
        assertEquals(List.of(new Block(BASE, 9)), a.freeBlocks().subList(0, 1));
        assertEquals(8, a.freeBlocks().size());
    }

    @Test
    void statisticsAreExact() {
        ReferenceAllocator a = new ReferenceAllocator(BASE, 1024);
        PhysAddr x = a.allocPages(1).orElseThrow();
        PhysAddr y = a.allocPages(2).orElseThrow();
        assertTrue(a.allocPages(0).isEmpty());
        a.deallocPages(x, 1);
        a.deallocPages(y, 2);
        AllocatorStats s = a.stats();
        assertEquals(2, s.successfulAllocations());
        assertEquals(1, s.failedAllocations());
        assertEquals(3, s.allocations());
        assertEquals(2, s.frees());
        assertEquals(9, s.splits(), "order 9 split down to 0: nine halves");
        assertEquals(9, s.coalesces(), "and merged all the way back");
        assertEquals(3, s.peakUsedPages());
        assertEquals(66, s.successRatePercent());
        assertEquals(new OrderStats(0, 1, 1), a.orderStats().get(0));
        assertEquals(new OrderStats(0, 1, 1), a.orderStats().get(1));
        assertEquals(new OrderStats(2, 0, 0), a.orderStats().get(9));
    }
}
