package ruvix.physmem.model.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import ruvix.physmem.model.BuddyModel;

/**
 * Seeded random operation sequences over several usable maps (holes, reserved ranges, unaligned
 * ends), each step compared with the independent oracle and followed by checkInvariants().
 */
class BuddyModelRandomTest {
    private static final int OPS_PER_MAP = 25_000;

    private static boolean[] map(int span, int[][] holes) {
        boolean[] u = new boolean[span];
        java.util.Arrays.fill(u, true);
        for (int[] h : holes) {
            for (int p = h[0]; p < h[1]; p++) {
                u[p] = false;
            }
        }
        return u;
    }

    private static void run(long seed, int maxOrder, boolean[] usable) {
        Random rnd = new Random(seed);
        BuddyModel m = BuddyModel.create(maxOrder, usable);
        BlockOracle o = new BlockOracle(maxOrder, usable);
        int span = usable.length;
        for (int step = 0; step < OPS_PER_MAP; step++) {
            int dice = rnd.nextInt(100);
            String op;
            int got;
            int want;
            if (dice < 45) {
                int order = rnd.nextInt(maxOrder + 2) - 1;
                op = "alloc(" + order + ")";
                got = m.alloc(order);
                want = o.alloc(order);
            } else if (dice < 85 && !o.allocated.isEmpty()) {
                List<Map.Entry<Integer, Integer>> blocks = new ArrayList<>(o.allocated.entrySet());
                Map.Entry<Integer, Integer> b = blocks.get(rnd.nextInt(blocks.size()));
                op = "free(" + b.getKey() + ", " + b.getValue() + ")";
                got = m.free(b.getKey(), b.getValue());
                want = o.free(b.getKey(), b.getValue());
            } else if (dice < 99) {
                int pfn = rnd.nextInt(span + 4) - 2;
                int order = rnd.nextInt(maxOrder + 2) - 1;
                op = "hostile free(" + pfn + ", " + order + ")";
                got = m.free(pfn, order);
                want = o.free(pfn, order);
            } else {
                op = "reset()";
                m.reset();
                o.reset();
                got = 0;
                want = 0;
            }
            String where = "seed " + seed + " step " + step + " " + op;
            assertEquals(want, got, where);
            assertTrue(m.checkInvariants(), where);
            if (step % 16 == 0) {
                assertEquals(Snapshot.of(o), Snapshot.of(m), where);
            } else {
                assertEquals(o.freePages(), m.freePages(), where);
                assertEquals(o.usedPages(), m.usedPages(), where);
            }
        }
        assertEquals(Snapshot.of(o), Snapshot.of(m));
    }

    @Test
    void fullyUsableSpan() {
        run(1, 5, map(128, new int[0][]));
    }

    @Test
    void holesAndReservedRanges() {
        run(2, 4, map(150, new int[][] {{0, 3}, {37, 41}, {64, 65}, {100, 117}}));
    }

    @Test
    void unalignedEndAndLargeOrders() {
        run(3, 8, map(300, new int[][] {{129, 130}, {255, 259}}));
    }

    @Test
    void sparseMapAndSingleOrder() {
        boolean[] u = new boolean[96];
        for (int p = 0; p < u.length; p++) {
            u[p] = p % 7 != 3 && p % 11 != 5;
        }
        run(4, 3, u);
        run(5, 1, map(40, new int[][] {{10, 12}}));
    }
}
