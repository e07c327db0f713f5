package ruvix.physmem.model.core;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import ruvix.physmem.model.BuddyModel;

/**
 * checkInvariants() on states that break one conjunct of I1..I5 at a time (written through
 * reflection, which no public entry point allows): each must be answered false. Where the broken
 * conjunct allows it, the corruption keeps the page sums and counts consistent, so the check that
 * fires is the one named by the test.
 */
class BuddyModelCorruptionTest {

    private static boolean[] usablePrefix(int n, int usable) {
        boolean[] u = new boolean[n];
        Arrays.fill(u, 0, usable, true);
        return u;
    }

    private static Object field(BuddyModel m, String name) throws ReflectiveOperationException {
        Field f = BuddyModel.class.getDeclaredField(name);
        f.setAccessible(true);
        return f.get(m);
    }

    private static void setInt(BuddyModel m, String name, int value) throws ReflectiveOperationException {
        Field f = BuddyModel.class.getDeclaredField(name);
        f.setAccessible(true);
        f.setInt(m, value);
    }

    @Test
    void orderOutsideTheShapeBoundsFails() throws ReflectiveOperationException {
        BuddyModel m = BuddyModel.create(4, usablePrefix(8, 8));
        assertTrue(m.checkInvariants());
        ((int[]) field(m, "freeOrd"))[1] = -2;
        assertFalse(m.checkInvariants());
    }

    @Test
    void aPageHeadingAFreeAndAnAllocatedBlockFails() throws ReflectiveOperationException {
        BuddyModel m = BuddyModel.create(4, usablePrefix(8, 8));
        assertTrue(m.checkInvariants());
        ((int[]) field(m, "allocOrd"))[0] = 3;
        assertFalse(m.checkInvariants());
    }

    @Test
    void aHeadInsideABlockFails() throws ReflectiveOperationException {
        // Blocks 0/3 and 8/2; the head of 8/2 moved to page 4, inside 0/3, keeps every sum.
        BuddyModel m = BuddyModel.create(4, usablePrefix(12, 12));
        assertTrue(m.checkInvariants());
        int[] free = (int[]) field(m, "freeOrd");
        free[8] = -1;
        free[4] = 2;
        assertFalse(m.checkInvariants());
    }

    @Test
    void anUnalignedBlockFails() throws ReflectiveOperationException {
        // Pages 0..2 usable: blocks 0/1 and 2/0 become 0/0 and 1/1, same pages, 1/1 unaligned.
        BuddyModel m = BuddyModel.create(2, usablePrefix(4, 3));
        assertTrue(m.checkInvariants());
        int[] free = (int[]) field(m, "freeOrd");
        free[0] = 0;
        free[1] = 1;
        free[2] = -1;
        assertFalse(m.checkInvariants());
    }

    @Test
    void anUnusablePageInsideABlockFails() throws ReflectiveOperationException {
        // Block 0/3 over pages 0..7; page 5 made unusable and page 8 usable keeps the usable count.
        BuddyModel m = BuddyModel.create(4, usablePrefix(9, 8));
        assertTrue(m.checkInvariants());
        boolean[] usable = (boolean[]) field(m, "usable");
        usable[5] = false;
        usable[8] = true;
        assertFalse(m.checkInvariants());
    }

    @Test
    void aFreeCounterThatIsNotThePageSumFails() throws ReflectiveOperationException {
        BuddyModel m = BuddyModel.create(4, usablePrefix(8, 8));
        assertTrue(m.checkInvariants());
        setInt(m, "freeCount", 7);
        setInt(m, "usedCount", 1);
        assertFalse(m.checkInvariants());
    }

    @Test
    void twoFreeBuddiesOfTheSameOrderFail() throws ReflectiveOperationException {
        // Block 0/3 split into its buddies 0/2 and 4/2, both free: I5 wants them coalesced.
        BuddyModel m = BuddyModel.create(4, usablePrefix(8, 8));
        assertTrue(m.checkInvariants());
        int[] free = (int[]) field(m, "freeOrd");
        free[0] = 2;
        free[4] = 2;
        assertFalse(m.checkInvariants());
    }
}
