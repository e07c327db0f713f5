package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import ruvix.physmem.AllocatorStats;
import ruvix.physmem.PageFrame;
import ruvix.physmem.PageOrder;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.Physmem;

/** The crate's documented behaviours, on the allocator of its own profile. */
class CrateBehaviourTest {
    private static final PhysAddr BASE = PhysAddr.of(0x1000_0000L);

    @Test
    void newManagesEveryPage() {
        CrateDefaultAllocator a = new CrateDefaultAllocator(BASE, 1024);
        assertEquals(1024, a.totalPages());
        assertEquals(1024, a.freePageCount());
        assertEquals(0, a.usedPages());
        assertEquals(BASE, a.baseAddr());
        assertEquals(PhysAddr.of(0x1000_0000L + 1024 * Physmem.PAGE_SIZE), a.endAddr());
        assertEquals(2, a.freeBlocksAtOrder(9), "1024 pages = two 2 MiB blocks");
        assertTrue(a.isInitialized());
    }

    @Test
    void singlePageIsPageAlignedAndInside() {
        CrateDefaultAllocator a = new CrateDefaultAllocator(BASE, 1024);
        PhysAddr page = a.allocPages(1).orElseThrow();
        assertTrue(page.isPageAligned());
        assertTrue(a.contains(page));
        assertEquals(BASE, page, "lowest address first");
        assertEquals(1023, a.freePageCount());
        assertEquals(1, a.usedPages());
    }

    @Test
    void allocFourThenDealloc() {
        CrateDefaultAllocator a = new CrateDefaultAllocator(BASE, 4096);
        PhysAddr addr = a.allocPages(4).orElseThrow();
        assertTrue(addr.isOrderAligned(2));
        assertEquals(4092, a.freePageCount());
        a.deallocPages(addr, 4);
        assertEquals(4096, a.freePageCount());
        assertEquals(8, a.freeBlocksAtOrder(9), "everything merged back");
    }

    @Test
    void freedBlockIsReusedAtTheSameAddress() {
        CrateDefaultAllocator a = new CrateDefaultAllocator(BASE, 1024);
        PhysAddr first = a.allocPages(8).orElseThrow();
        a.deallocPages(first, 8);
        assertEquals(first, a.allocPages(8).orElseThrow());
    }

    @Test
    void allocFrameHasTheRequestedPages() {
        CrateDefaultAllocator a = new CrateDefaultAllocator(BASE, 1024);
        PageFrame frame = a.allocFrame(4).orElseThrow();
        assertEquals(4, frame.pages());
        assertEquals(PageOrder.of(2).orElseThrow(), frame.order());
        assertEquals(1020, a.freePageCount());
        a.freeFrame(frame);
        assertEquals(1024, a.freePageCount());
        assertEquals(Optional.empty(), a.allocFrame(0));
        assertEquals(Optional.empty(), a.allocFrame(513));
    }

    @Test
    void roundsUpToPowersOfTwo() {
        CrateDefaultAllocator a = new CrateDefaultAllocator(BASE, 1024);
        PhysAddr three = a.allocPages(3).orElseThrow();
        assertEquals(4, a.usedPages());
        assertEquals(2, a.allocatedOrder(three).orElseThrow());
        a.deallocPages(three, 3);
        assertEquals(0, a.usedPages());
    }

    @Test
    void exhaustionAndRecovery() {
        CrateDefaultAllocator a = new CrateDefaultAllocator(BASE, 1024);
        PhysAddr first = a.allocPages(512).orElseThrow();
        PhysAddr second = a.allocPages(512).orElseThrow();
        assertEquals(Optional.empty(), a.allocPages(1));
        assertEquals(0, a.freePageCount());
        a.deallocPages(first, 512);
        a.deallocPages(second, 512);
        assertEquals(1024, a.freePageCount());
    }

    @Test
    void deferredInitialization() {
        CrateDefaultAllocator a = CrateDefaultAllocator.uninit();
        assertFalse(a.isInitialized());
        assertEquals(Optional.empty(), a.allocPages(1));
        assertEquals(0, a.totalPages());
        assertEquals(PhysAddr.NULL, a.baseAddr());
        a.reset();
        assertFalse(a.isInitialized(), "reset of an uninitialized allocator is a no-op");
        a.init(BASE, 256);
        assertEquals(256, a.totalPages());
        assertEquals(BASE, a.allocPages(1).orElseThrow());
    }

    @Test
    void statsCountEveryCall() {
        CrateDefaultAllocator a = new CrateDefaultAllocator(BASE, 1024);
        PhysAddr page = a.allocPages(1).orElseThrow();
        assertEquals(Optional.empty(), a.allocPages(0));
        a.deallocPages(page, 1);
        assertEquals(PhysMemError.NOT_ALLOCATED.code(), a.freePagesRaw(BASE.asLong() + 8 * Physmem.PAGE_SIZE, 1));
        AllocatorStats s = a.stats();
        assertEquals(new AllocatorStats(4096, 1024, 1024, 1, 1, 1, 1, 9, 9, 1), s);
        assertEquals(2, s.allocations());
        assertEquals(50, s.successRatePercent());
        assertEquals(9.0, s.splitsPerAllocation());
        assertEquals(9.0, s.coalescesPerFree());
        assertEquals(1, a.orderStats().get(0).allocations());
        assertEquals(1, a.orderStats().get(0).frees());
        a.reset();
        assertEquals(new AllocatorStats(4096, 1024, 1024, 0, 0, 0, 0, 0, 0, 0), a.stats());
    }

    @Test
    void profileMapAllocators() {
        assertEquals(4096, CrateDefaultAllocator.withProfileMap().totalPages());
        Rpi4Allocator rpi = Rpi4Allocator.withProfileMap();
        assertEquals(Rpi4Allocator.profileMap().usablePages(), rpi.totalPages());
        assertFalse(rpi.contains(PhysAddr.of(0)), "armstub page reserved");
        assertFalse(rpi.contains(PhysAddr.of(0x2eff_f000L)), "device tree blob reserved");
        assertFalse(rpi.contains(PhysAddr.of(0x3b40_0000L)), "hole between the memory nodes");
        assertTrue(rpi.contains(PhysAddr.of(0x1000)));
        assertEquals(PhysAddr.of(0x1000), rpi.allocPages(1).orElseThrow(), "lowest usable page");
        assertEquals(PhysAddr.of(0), rpi.baseAddr());
        assertEquals(PhysAddr.of(0xfc00_0000L), rpi.endAddr());
    }
}
