package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.PhysMemException;
import ruvix.physmem.ProfileException;
import ruvix.physmem.ShippedProfiles;
import ruvix.physmem.model.ReferenceAllocator;
import ruvix.physmem.model.diff.DifferentialChecks;
import ruvix.physmem.model.diff.DifferentialSetup;
import ruvix.physmem.model.diff.RandomDriver;

/**
 * Tiny's bitmaps get a summary level only when a map's index span exceeds 64 pages: a map of the
 * full 64-page capacity that starts 7 pages above a block boundary spans 71 indices. None of the
 * emitted differential maps does, so the two-level search, updates, seeding and check are tested
 * here: against the model, and under corruption.
 */
class TinySummaryLevelTest {
    /**
     * Pages [0x10007, 0x10047) (indices 7..70 from the origin 0x10000, span 71): two regions with a two-page
     * hole between them and a reserved page in the second.
     */
    private static final MemoryMap WIDE = MemoryMap.of(
            12,
            List.of(new MemoryMap.Region(0x10007000L, 30), new MemoryMap.Region(0x10027000L, 32)),
            List.of(new MemoryMap.Reserved(0x10030000L, 0x10030800L, "half a page")));

    /**
     * Pages [0x10007, 0x10046) (indices 7..69, span 70) in one region: at init the second word of order 0's
     * level 0 holds no free block, so its summary bit starts clear.
     */
    private static final MemoryMap SECOND_WORD_EMPTY =
            MemoryMap.of(12, List.of(new MemoryMap.Region(0x10007000L, 63)), List.of());

    @Test
    void theMapsNeedASummaryLevel() {
        for (MemoryMap map : List.of(WIDE, SECOND_WORD_EMPTY)) {
            TinyState state = new TinyState(new TinyAllocator(map));
            assertEquals(1, state.ints("topLevel")[0], "order 0 has a summary level");
        }
        assertEquals(64, WIDE.spanPages());
        assertEquals(71, new TinyState(new TinyAllocator(WIDE)).getInt("spanIndex"));
        TinyState state = new TinyState(new TinyAllocator(SECOND_WORD_EMPTY));
        long summary = state.freeLevel(0, 1);
        assertTrue(state.testBit(summary) && !state.testBit(summary + 1), "only the first word has a free block");
    }

    @Test
    void randomTracesAgreeWithTheModel() throws ProfileException {
        AllocatorProfile profile = ShippedProfiles.load("tiny");
        for (MemoryMap map : List.of(WIDE, SECOND_WORD_EMPTY)) {
            DifferentialSetup setup = new DifferentialSetup(
                    profile.name(),
                    map,
                    m -> {
                        PageAllocator reference = ReferenceAllocator.forProfile(profile);
                        reference.init(m);
                        return reference;
                    },
                    TinyAllocator::new,
                    true,
                    1);
            RandomDriver.Result result = DifferentialChecks.random(setup, 0x5eed_71L, 6000, 300);
            assertEquals(6000, result.calls());
            assertEquals(map.usablePages(), result.peakUsedPages(), "occupancy reached full");
        }
    }

    @Test
    void everySingleBitFlipIsDetected() {
        int words = fragmented().longs("bits").length;
        for (int bit = 0; bit < 64 * words; bit++) {
            TinyState state = fragmented();
            state.flipBit(bit);
            PhysMemException e = assertThrows(
                    PhysMemException.class, () -> state.allocator().allocPagesRaw(0), "flip of bit " + bit);
            assertEquals(PhysMemError.INTERNAL_CORRUPTION, e.error());
        }
    }

    /** Order 0 has free blocks in both words of its level 0 (pages 0x10007 and 0x10046 among them). */
    @Test
    void staleSummaryIsNamed() {
        for (int word = 0; word < 2; word++) {
            TinyState state = new TinyState(new TinyAllocator(WIDE));
            state.flipBit(state.freeLevel(0, 1) + word);
            assertViolation("I4: summary level 1 of the free-head bitmap of order 0 is stale", state);
        }
    }

    /** Level 0 of order 0 owns two words for its 72 slots; its last 56 bits belong to nothing. */
    @Test
    void aBitPastTheLastSlotIsOutsideEveryBitmap() {
        TinyState state = new TinyState(new TinyAllocator(WIDE));
        state.flipBit(state.freeLevel(0, 0) + 100);
        assertViolation("I1: a bit is set outside every bitmap", state);
    }

    /** The allocator on WIDE after a few allocations and a free: both words of order 0 in use. */
    private static TinyState fragmented() {
        TinyAllocator a = new TinyAllocator(WIDE);
        for (int i = 0; i < 5; i++) {
            a.allocOrder(i % 3);
        }
        a.freeBlock(a.allocOrder(0), 0);
        return new TinyState(a);
    }

    private static void assertViolation(String detail, TinyState state) {
        PhysMemException e =
                assertThrows(PhysMemException.class, () -> state.allocator().allocPagesRaw(0));
        assertEquals(PhysMemError.INTERNAL_CORRUPTION, e.error());
        assertEquals(PhysMemError.INTERNAL_CORRUPTION.message() + ": " + detail, e.getMessage());
    }
}
