package ruvix.physmem.model.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import ruvix.physmem.model.BuddyModel;

class BuddyModelScenarioTest {

    private static boolean[] allUsable(int n) {
        boolean[] u = new boolean[n];
        Arrays.fill(u, true);
        return u;
    }

    private static BuddyModel crateDefault() {
        return BuddyModel.create(10, allUsable(1024));
    }

    @Test
    void initSplitsTheSpanIntoTheLargestAlignedBlocks() {
        BuddyModel m = crateDefault();
        assertEquals(1024, m.totalPages());
        assertEquals(1024, m.freePages());
        assertEquals(0, m.usedPages());
        assertEquals(2, m.freeBlocks(9));
        assertEquals(9, m.freeOrderAt(0));
        assertEquals(9, m.freeOrderAt(512));
        assertEquals(-1, m.freeOrderAt(1));
        assertEquals(9, m.largestFreeOrder());
        assertEquals(0, m.lastSplits());
        assertEquals(0, m.lastCoalesces());
        assertTrue(m.checkInvariants());
    }

    @Test
    void greedyDecompositionOfAnUnalignedRunWithHoles() {
        boolean[] u = allUsable(40);
        u[0] = false;
        u[1] = false;
        u[2] = false;
        u[20] = false;
        BuddyModel m = BuddyModel.create(4, u);
        // run [3, 20): 3/0, 4/2, 8/3, 16/2; run [21, 40): 21/0, 22/1, 24/3, 32/3.
        int[][] expected = {{3, 0}, {4, 2}, {8, 3}, {16, 2}, {21, 0}, {22, 1}, {24, 3}, {32, 3}};
        int heads = 0;
        for (int p = 0; p < 40; p++) {
            if (m.freeOrderAt(p) >= 0) {
                assertEquals(expected[heads][0], p);
                assertEquals(expected[heads][1], m.freeOrderAt(p));
                heads++;
            }
        }
        assertEquals(expected.length, heads);
        assertEquals(36, m.totalPages());
        assertEquals(36, m.freePages());
        assertTrue(m.checkInvariants());
    }

    @Test
    void allocSplitsTheLowestSmallestBlockAndFreeCoalescesBack() {
        BuddyModel m = crateDefault();
        assertEquals(0, m.alloc(0));
        assertEquals(9, m.lastSplits());
        assertEquals(1023, m.freePages());
        assertEquals(1, m.usedPages());
        for (int k = 0; k < 9; k++) {
            assertEquals(k, m.freeOrderAt(1 << k), "upper half of order " + k);
        }
        assertEquals(1, m.alloc(0));
        assertEquals(0, m.lastSplits());
        assertEquals(2, m.alloc(1));
        assertEquals(0, m.lastSplits(), "the free order-1 block at 2 fits exactly");
        assertEquals(512, m.alloc(9));
        assertEquals(BuddyModel.ERR_OUT_OF_MEMORY, m.alloc(9));
        assertEquals(BuddyModel.OK, m.free(1, 0));
        assertEquals(0, m.lastCoalesces());
        assertEquals(0, m.lastSplits());
        assertEquals(BuddyModel.OK, m.free(0, 0));
        assertEquals(1, m.lastCoalesces());
        assertEquals(1, m.freeOrderAt(0));
        assertEquals(BuddyModel.OK, m.free(2, 1));
        assertEquals(8, m.lastCoalesces());
        assertEquals(9, m.freeOrderAt(0));
        assertEquals(BuddyModel.OK, m.free(512, 9));
        assertEquals(0, m.lastCoalesces(), "order 9 is the top order of maxOrder 10: no coalescing");
        assertEquals(1024, m.freePages());
        assertTrue(m.checkInvariants());
    }

    @Test
    void allocationsAreDeterministicAndExhaustMemory() {
        BuddyModel m = BuddyModel.create(3, allUsable(16));
        int[] got = new int[16];
        for (int i = 0; i < 16; i++) {
            got[i] = m.alloc(0);
        }
        for (int i = 0; i < 16; i++) {
            assertEquals(i, got[i]);
        }
        assertEquals(BuddyModel.ERR_OUT_OF_MEMORY, m.alloc(0));
        assertEquals(0, m.freePages());
        assertEquals(-1, m.largestFreeOrder());
        assertTrue(m.checkInvariants());
    }

    @Test
    void resetFreesEverythingAgain() {
        BuddyModel m = crateDefault();
        Snapshot initial = Snapshot.of(m);
        m.alloc(3);
        m.alloc(0);
        m.reset();
        assertEquals(initial, Snapshot.of(m));
        assertTrue(m.checkInvariants());
    }

    @Test
    void emptyAndFullyReservedMapsHaveNothingToGive() {
        BuddyModel empty = BuddyModel.create(5, new boolean[0]);
        assertEquals(0, empty.totalPages());
        assertEquals(BuddyModel.ERR_OUT_OF_MEMORY, empty.alloc(0));
        assertEquals(BuddyModel.ERR_ADDRESS_OUT_OF_RANGE, empty.free(0, 0));
        BuddyModel reserved = BuddyModel.create(5, new boolean[8]);
        assertEquals(0, reserved.totalPages());
        assertEquals(BuddyModel.ERR_OUT_OF_MEMORY, reserved.alloc(0));
        assertFalse(reserved.isUsable(0));
        assertTrue(empty.checkInvariants());
        assertTrue(reserved.checkInvariants());
    }

    @Test
    void maxOrderOneNeverSplitsNorCoalesces() {
        BuddyModel m = BuddyModel.create(1, allUsable(4));
        assertEquals(4, m.freeBlocks(0));
        assertEquals(BuddyModel.ERR_ALLOCATION_TOO_LARGE, m.alloc(1));
        assertEquals(0, m.alloc(0));
        assertEquals(1, m.alloc(0));
        assertEquals(BuddyModel.OK, m.free(0, 0));
        assertEquals(0, m.lastCoalesces());
        assertEquals(0, m.freeOrderAt(0));
        assertTrue(m.checkInvariants());
    }

    @Test
    void aMillionPagesInitialiseIntoMaximalBlocks() {
        BuddyModel m = BuddyModel.create(10, allUsable(1 << 20));
        assertEquals(1 << 20, m.totalPages());
        assertEquals(1 << 20, m.freePages());
        assertEquals(2048, m.freeBlocks(9));
        assertTrue(m.checkInvariants());
    }

    @Test
    void createRefusesInvalidConfigurations() {
        assertThrows(IllegalArgumentException.class, () -> BuddyModel.create(0, new boolean[4]));
        assertThrows(IllegalArgumentException.class, () -> BuddyModel.create(25, new boolean[4]));
        assertThrows(IllegalArgumentException.class, () -> BuddyModel.create(10, null));
        assertThrows(
                IllegalArgumentException.class, () -> BuddyModel.create(10, new boolean[BuddyModel.MAX_PAGES + 1]));
        assertEquals(
                1, BuddyModel.create(BuddyModel.MAX_ORDER_LIMIT, allUsable(1)).totalPages());
    }

    @Test
    void queriesAnswerOutOfRangeArguments() {
        BuddyModel m = crateDefault();
        assertFalse(m.isUsable(-1));
        assertFalse(m.isUsable(1024));
        assertEquals(-1, m.freeOrderAt(-1));
        assertEquals(-1, m.freeOrderAt(Integer.MAX_VALUE));
        assertEquals(-1, m.allocatedOrderAt(Integer.MIN_VALUE));
        assertEquals(0, m.freeBlocks(-1));
        assertEquals(0, m.freeBlocks(10));
    }

    /** 64 pages with the reserved range [48, 56): order-3 blocks only. */
    private static boolean[] busyMap() {
        boolean[] u = allUsable(64);
        Arrays.fill(u, 48, 56, false);
        return u;
    }

    /** A model in a state with allocations, splits and a coalesce behind it. */
    private static BuddyModel busy() {
        BuddyModel m = BuddyModel.create(4, busyMap());
        m.alloc(0);
        m.alloc(2);
        m.alloc(3);
        m.alloc(0);
        m.free(0, 0);
        return m;
    }

    private static void assertRejected(int expected, java.util.function.ToIntFunction<BuddyModel> call) {
        BuddyModel m = busy();
        Snapshot before = Snapshot.of(m);
        assertEquals(expected, call.applyAsInt(m));
        assertEquals(before, Snapshot.of(m), "a rejected call must leave the state unchanged");
        assertTrue(m.checkInvariants());
    }

    @Test
    void everyRejectionLeavesTheStateUnchanged() {
        assertRejected(BuddyModel.ERR_ALLOCATION_TOO_LARGE, m -> m.alloc(-1));
        assertRejected(BuddyModel.ERR_ALLOCATION_TOO_LARGE, m -> m.alloc(4));
        assertRejected(BuddyModel.ERR_ALLOCATION_TOO_LARGE, m -> m.alloc(Integer.MAX_VALUE));
        assertRejected(BuddyModel.ERR_ADDRESS_OUT_OF_RANGE, m -> m.free(-1, 0));
        assertRejected(BuddyModel.ERR_ADDRESS_OUT_OF_RANGE, m -> m.free(64, 0));
        assertRejected(BuddyModel.ERR_ADDRESS_OUT_OF_RANGE, m -> m.free(48, 3));
        assertRejected(BuddyModel.ERR_ADDRESS_OUT_OF_RANGE, m -> m.free(Integer.MIN_VALUE, -3));
        assertRejected(BuddyModel.ERR_ALLOCATION_TOO_LARGE, m -> m.free(4, -1));
        assertRejected(BuddyModel.ERR_ALLOCATION_TOO_LARGE, m -> m.free(4, 4));
        assertRejected(BuddyModel.ERR_SIZE_MISMATCH, m -> m.free(4, 0));
        assertRejected(BuddyModel.ERR_SIZE_MISMATCH, m -> m.free(8, 2));
        assertRejected(BuddyModel.ERR_NOT_ALLOCATED, m -> m.free(0, 0));
        assertRejected(BuddyModel.ERR_NOT_ALLOCATED, m -> m.free(5, 0));
        assertRejected(BuddyModel.ERR_NOT_ALLOCATED, m -> m.free(9, 0));
        assertRejected(BuddyModel.ERR_NOT_ALLOCATED, m -> m.free(56, 3));
        assertRejected(BuddyModel.ERR_NOT_ALLOCATED, m -> m.free(2, 1));
    }

    @Test
    void doubleFreeIsRejected() {
        BuddyModel m = crateDefault();
        int p = m.alloc(2);
        assertEquals(BuddyModel.OK, m.free(p, 2));
        Snapshot after = Snapshot.of(m);
        assertEquals(BuddyModel.ERR_NOT_ALLOCATED, m.free(p, 2));
        assertEquals(after, Snapshot.of(m));
    }

    @Test
    void busyStateMatchesTheOracle() {
        BlockOracle o = new BlockOracle(4, busyMap());
        o.alloc(0);
        o.alloc(2);
        o.alloc(3);
        o.alloc(0);
        o.free(0, 0);
        assertEquals(Snapshot.of(o), Snapshot.of(busy()));
        BuddyModel m = busy();
        assertEquals(0, m.allocatedOrderAt(1));
        assertEquals(2, m.allocatedOrderAt(4));
        assertEquals(3, m.allocatedOrderAt(8));
        assertEquals(0, m.freeOrderAt(0));
        assertEquals(1, m.freeOrderAt(2));
    }
}
