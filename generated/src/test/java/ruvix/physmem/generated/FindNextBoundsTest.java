package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import ruvix.physmem.PhysAddr;

/**
 * The find-next over a head bitmap stops at the length of every level it reads: past it lie other
 * bitmaps' bits or the end of the array. Two crate-default maps where a read one bit further
 * would leave the array; the walk must answer as if the level simply ended there.
 */
class FindNextBoundsTest {
    private static final long PAGE = 4096;

    /** Page 0x100000, aligned to the largest block: indices are pages from here. */
    private static final long BASE = 0x1_0000_0000L;

    /**
     * 600 pages: order 9 has two slots, and its allocated-head bitmap is the last one in the array
     * and ends on a word boundary. A walk from page 513 searches order 9 from slot 2, the bitmap's
     * length.
     */
    @Test
    void walkFromPastTheLastSlotOfTheLastBitmap() {
        CrateDefaultAllocator a = new CrateDefaultAllocator(PhysAddr.of(BASE), 600);
        assertEquals(-1, a.nextAllocatedBlock(BASE + 513 * PAGE));
        long last = BASE + 599 * PAGE;
        assertEquals(last, a.allocPagesConstrainedRaw(1, 0, last, last + PAGE, false));
        assertEquals(last, a.nextAllocatedBlock(BASE + 513 * PAGE));
        assertEquals(-1, a.nextAllocatedBlock(last + 1));
    }

    /**
     * 4,194,305 pages: order 4's allocated heads have three summary levels, and the top one (two
     * entries) shares its word with level 2 of order 5's free heads. Taking the order-5 block at
     * page 2048 frees its buddy at page 2080, which sets that level's first bit, the bit right after
     * order 4's top level: the walk's search of order 4 meets it at the level's length and must not
     * descend from it.
     */
    @Test
    void walkStopsAtASetBitJustPastATopLevel() {
        CrateDefaultAllocator a = new CrateDefaultAllocator(PhysAddr.of(BASE), 4_194_305);
        long block = BASE + 2048 * PAGE;
        assertEquals(block, a.allocPagesConstrainedRaw(32, 0, block, block + 32 * PAGE, false));
        assertEquals(1, a.freeBlocksAtOrder(5));
        assertEquals(block, a.nextAllocatedBlock(BASE));
        assertEquals(5, a.allocatedOrderRaw(block));
        assertEquals(0, a.freePagesRaw(block, 32));
        assertEquals(-1, a.nextAllocatedBlock(BASE));
    }
}
