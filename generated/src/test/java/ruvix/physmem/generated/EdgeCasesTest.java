package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import ruvix.physmem.AllocatorStats;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.PhysMemException;

/**
 * Boundaries the differential traces do not reach: the last page of the address space, a map of
 * exactly the capacity, the largest block, the uninitialized allocator, and fresh allocators that
 * must hold no allocated block.
 */
class EdgeCasesTest {
    private static final long PAGE = 4096;

    /** The highest page whose end address is still a long: pfn 2^51 - 2. */
    private static final long LAST_PAGE = ((Long.MAX_VALUE >> 12) - 1) << 12;

    @Test
    void uninitializedTinyAnswersEveryQuery() {
        TinyAllocator u = TinyAllocator.uninit();
        assertFalse(u.isInitialized());
        assertEquals(12, u.pageShift());
        assertEquals(PAGE, u.pageSize());
        assertEquals(4, u.maxOrder());
        assertEquals(AllocatorStats.empty(PAGE), u.stats());
        assertEquals(PhysMemError.NOT_INITIALIZED.code(), u.allocPagesRaw(1));
        assertEquals(PhysMemError.NOT_INITIALIZED.code(), u.freePagesRaw(0x1000_0000L, 1));
        u.init(TinyAllocator.profileMap());
        assertTrue(u.isInitialized());
        assertEquals(10, CrateDefaultAllocator.uninit().maxOrder());
    }

    @Test
    void rejectedOrdersAreCountedOnceEach() {
        TinyAllocator a = TinyAllocator.withProfileMap();
        assertEquals(PhysMemError.INVALID_ORDER.code(), a.allocOrder(-1));
        assertEquals(1, a.stats().failedAllocations());
        assertEquals(PhysMemError.ALLOCATION_TOO_LARGE.code(), a.allocOrder(TinyAllocator.MAX_ORDER));
        assertEquals(2, a.stats().failedAllocations());
        assertEquals(0, a.stats().successfulAllocations());
    }

    @Test
    void theLargestBlockIsAllocatable() {
        TinyAllocator a = TinyAllocator.withProfileMap();
        assertEquals(PhysMemError.ALLOCATION_TOO_LARGE.code(), a.allocPagesRaw(TinyAllocator.MAX_BLOCK_PAGES + 1));
        assertEquals(0x1000_0000L, a.allocPagesRaw(TinyAllocator.MAX_BLOCK_PAGES));
        assertEquals(0, a.freePagesRaw(0x1000_0000L, TinyAllocator.MAX_BLOCK_PAGES));
        assertEquals(
                PhysMemError.ALLOCATION_TOO_LARGE.code(),
                a.freePagesRaw(0x1000_0000L, TinyAllocator.MAX_BLOCK_PAGES + 1));
    }

    @Test
    void theLastPageOfTheAddressSpaceIsManageable() {
        for (PageAllocator a : List.<PageAllocator>of(
                new TinyAllocator(PhysAddr.of(LAST_PAGE), 1), new CrateDefaultAllocator(PhysAddr.of(LAST_PAGE), 1))) {
            assertEquals(1, a.totalPages());
            assertEquals(LAST_PAGE + PAGE, a.endAddr().asLong());
            assertEquals(LAST_PAGE, a.allocPagesRaw(1));
            PhysMemException e = assertThrows(PhysMemException.class, () -> a.init(PhysAddr.of(LAST_PAGE), 2));
            assertEquals(PhysMemError.ALLOCATION_TOO_LARGE, e.error());
            a.init(PhysAddr.of(LAST_PAGE - PAGE), 2);
            // Pfn 2^51 - 3 is odd: two single pages, no block of two.
            assertEquals(2, a.totalPages());
            assertEquals(PhysMemError.OUT_OF_MEMORY.code(), a.allocPagesRaw(2));
            assertEquals(LAST_PAGE - PAGE, a.allocPagesRaw(1));
            assertEquals(LAST_PAGE, a.allocPagesRaw(1));
        }
    }

    @Test
    void aMapSpanningExactlyTheCapacityIsAccepted() {
        long capacity = CrateDefaultAllocator.CAPACITY_PAGES;
        MemoryMap ends = MemoryMap.of(
                12, List.of(new MemoryMap.Region(0, 1), new MemoryMap.Region((capacity - 1) * PAGE, 1)), List.of());
        assertEquals(capacity, ends.spanPages());
        CrateDefaultAllocator a = new CrateDefaultAllocator(ends);
        assertEquals(2, a.totalPages());
        assertEquals(0, a.allocPagesRaw(1));
        assertEquals((capacity - 1) * PAGE, a.allocPagesRaw(1));
    }

    /** No page of a fresh or reset allocator, nor the page below it, heads an allocated block. */
    @Test
    void freshAndResetAllocatorsHoldNoAllocatedBlock() {
        for (PageAllocator a : List.<PageAllocator>of(
                CrateDefaultAllocator.withProfileMap(),
                new CrateDefaultAllocator(PhysAddr.of(0x1000_0000L), 64 * 512),
                // 4096 order-0 slots from page 0x10000: a summary level of exactly one word, the
                // allocated heads right after it, and a free page in the first word below it.
                new CrateDefaultAllocator(PhysAddr.of(0x1000_1000L), 4095),
                TinyAllocator.withProfileMap())) {
            assertNoAllocatedBlock(a);
            for (int k = 0; k < a.maxOrder(); k++) {
                a.allocPagesRaw(1L << k);
            }
            a.reset();
            assertNoAllocatedBlock(a);
        }
    }

    private static void assertNoAllocatedBlock(PageAllocator a) {
        long base = a.baseAddr().asLong();
        assertFalse(a.contains(PhysAddr.of(base - PAGE)), "the page below the map");
        assertEquals(OptionalInt.empty(), a.allocatedOrder(PhysAddr.of(base - PAGE)));
        for (long page = 0; page < a.totalPages(); page++) {
            assertEquals(OptionalInt.empty(), a.allocatedOrder(PhysAddr.of(base + page * PAGE)), "page " + page);
        }
        assertEquals(PhysMemError.NOT_ALLOCATED.code(), a.freePagesRaw(base, 1));
    }
}
