package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.PhysMemException;

/**
 * The debug-alloc build (profile tiny) checks every invariant after every operation: any single
 * corrupted bit of its bitmaps, and a corrupted counter, is reported as INTERNAL_CORRUPTION by the
 * next operation, even a rejected one. Corruptions that break exactly one invariant, with every
 * counter kept in step, must be reported under that invariant's name.
 */
class DebugCheckTest {
    /** The first page of the profile map, 0x10000000 >> 12. */
    private static final long BASE_PFN = 0x10000;

    @Test
    void everySingleBitFlipIsDetected() {
        int words = new TinyState(TinyAllocator.withProfileMap()).longs("bits").length;
        for (int bit = 0; bit < 64 * words; bit++) {
            TinyAllocator a = TinyAllocator.withProfileMap();
            long used = a.allocOrder(1);
            new TinyState(a).flipBit(bit);
            PhysMemException e =
                    assertThrows(PhysMemException.class, () -> a.freePagesRaw(used + 1, 1), "flip of bit " + bit);
            assertEquals(PhysMemError.INTERNAL_CORRUPTION, e.error());
        }
    }

    @Test
    void corruptedCounterIsDetected() {
        TinyAllocator a = TinyAllocator.withProfileMap();
        new TinyState(a).setLong("freePages", 15);
        PhysMemException e = assertThrows(PhysMemException.class, () -> a.allocPagesRaw(1));
        assertEquals(PhysMemError.INTERNAL_CORRUPTION, e.error());
        TinyAllocator b = TinyAllocator.withProfileMap();
        new TinyState(b).setLong("splits", 1);
        assertThrows(PhysMemException.class, () -> b.allocOrder(3));
    }

    /** A rejected call changes nothing, yet each entry point runs the check after it. */
    @Test
    void everyEntryPointChecksAfterARejection() {
        long base = BASE_PFN << 12;
        List<Consumer<TinyAllocator>> rejected = List.of(
                a -> a.freeBlock(base, 0),
                a -> a.freeBlock(base + 1, 0),
                a -> a.freePagesRaw(base, 1),
                a -> a.allocOrder(-1),
                a -> a.allocPagesRaw(0),
                a -> a.allocPagesConstrainedRaw(0, 0, 0, Long.MAX_VALUE, false),
                a -> a.allocPagesBulk(-1, 0, new long[0], false),
                a -> a.allocPagesBulkExact(-1, 0, new long[0], false));
        for (Consumer<TinyAllocator> call : rejected) {
            TinyAllocator a = TinyAllocator.withProfileMap();
            new TinyState(a).setLong("freePages", 15);
            assertViolation("I4: free pages are 15, the free blocks hold 16", () -> call.accept(a));
        }
    }

    /** reset rebuilds the blocks but keeps the geometry; a corrupted geometry is reported. */
    @Test
    void resetChecksWhatItRebuilt() {
        TinyAllocator a = TinyAllocator.withProfileMap();
        a.allocOrder(2);
        new TinyState(a).setLong("totalPages", 15);
        assertViolation("I4: free pages are 15, the free blocks hold 16", a::reset);
    }

    /** Two free buddies of order 2 where the block of order 3 they make up should be. */
    @Test
    void freeBuddiesBreakI5() {
        TinyAllocator a = TinyAllocator.withProfileMap();
        TinyState state = new TinyState(a);
        // Fresh: blocks (0, 3) and (8, 3) free. Split (8, 3) into (8, 2) and (12, 2), one split.
        state.setFree(3, 1, false);
        state.setFree(2, 2, true);
        state.setFree(2, 3, true);
        state.setFreeBlocks(3, 1);
        state.setFreeBlocks(2, 2);
        state.setLong("splits", 1);
        assertViolation("I5: free buddies at order 2, page " + (BASE_PFN + 8), () -> a.freePagesRaw(4096, 1));
    }

    /** A free block of order 2 inside the free block (0, 3) and nothing at page 12. */
    @Test
    void overlappingBlocksBreakI1() {
        TinyAllocator a = TinyAllocator.withProfileMap();
        TinyState state = new TinyState(a);
        // Fresh: (0, 3) and (8, 3) free; now (0, 3), (4, 2) and (8, 2): the same page count.
        state.setFree(3, 1, false);
        state.setFree(2, 1, true);
        state.setFree(2, 2, true);
        state.setFreeBlocks(3, 1);
        state.setFreeBlocks(2, 2);
        state.setLong("splits", 1);
        assertViolation("I1/I3: 0 blocks start at page " + (BASE_PFN + 12), () -> a.freePagesRaw(4096, 1));
    }

    /** An allocated block of order 2 at page 4 of a run that ends at page 6. */
    @Test
    void blockOverAHoleBreaksI2() {
        // Usable pages [0, 6) and [8, 10): free (0, 2), (4, 1) and (8, 1) after init.
        MemoryMap map = MemoryMap.of(
                12,
                List.of(new MemoryMap.Region(BASE_PFN << 12, 10)),
                List.of(new MemoryMap.Reserved((BASE_PFN + 6) << 12, (BASE_PFN + 8) << 12, "hole")));
        TinyAllocator a = new TinyAllocator(map);
        assertEquals((BASE_PFN + 4) << 12, a.allocOrder(1));
        TinyState state = new TinyState(a);
        // Grow the allocated (4, 1) to (4, 2) and drop the free (8, 1): the page total still holds.
        state.setAllocated(1, 2, false);
        state.setAllocated(2, 1, true);
        state.longs("orderAllocations")[1] = 0;
        state.longs("orderAllocations")[2] = 1;
        state.setFree(1, 4, false);
        state.setFreeBlocks(1, 0);
        state.setLong("freePages", 4);
        state.setLong("peakUsedPages", 4);
        state.setLong("coalesces", 1);
        assertViolation(
                "I2: the block of order 2 at page " + (BASE_PFN + 4) + " leaves usable memory",
                () -> a.freePagesRaw(4096, 1));
    }

    private static void assertViolation(String message, Executable call) {
        PhysMemException e = assertThrows(PhysMemException.class, call);
        assertEquals(PhysMemError.INTERNAL_CORRUPTION, e.error());
        assertEquals(PhysMemError.INTERNAL_CORRUPTION.message() + ": " + message, e.getMessage());
    }
}
