package ruvix.physmem.model.core;

import java.util.Map;
import java.util.TreeMap;

/**
 * An independent, set-based rendering of DESIGN.md's operation semantics (free and allocated
 * blocks as sorted maps pfn -> order), used to check the core result for result and state for
 * state.
 */
final class BlockOracle {
    final int maxOrder;
    final boolean[] usable;
    final TreeMap<Integer, Integer> free = new TreeMap<>();
    final TreeMap<Integer, Integer> allocated = new TreeMap<>();
    int lastSplits;
    int lastCoalesces;

    BlockOracle(int maxOrder, boolean[] usable) {
        this.maxOrder = maxOrder;
        this.usable = usable.clone();
        reset();
    }

    void reset() {
        free.clear();
        allocated.clear();
        lastSplits = 0;
        lastCoalesces = 0;
        int p = 0;
        while (p < usable.length) {
            if (!usable[p]) {
                p++;
                continue;
            }
            int e = p;
            while (e < usable.length && usable[e]) {
                e++;
            }
            int s = p;
            while (s < e) {
                int k = maxOrder - 1;
                while (s % (1 << k) != 0 || s + (1 << k) > e) {
                    k--;
                }
                free.put(s, k);
                s += 1 << k;
            }
            p = e;
        }
    }

    int alloc(int order) {
        if (order < 0 || order >= maxOrder) {
            return -2;
        }
        for (int j = order; j < maxOrder; j++) {
            for (Map.Entry<Integer, Integer> b : free.entrySet()) {
                if (b.getValue() == j) {
                    int pfn = b.getKey();
                    free.remove(pfn);
                    for (int i = j - 1; i >= order; i--) {
                        free.put(pfn + (1 << i), i);
                    }
                    allocated.put(pfn, order);
                    lastSplits = j - order;
                    lastCoalesces = 0;
                    return pfn;
                }
            }
        }
        return -1;
    }

    int free(int pfn, int order) {
        if (pfn < 0 || pfn >= usable.length || !usable[pfn]) {
            return -5;
        }
        if (order < 0 || order >= maxOrder) {
            return -2;
        }
        Integer a = allocated.get(pfn);
        if (a != null && a != order) {
            return -7;
        }
        if (a == null) {
            return -6;
        }
        allocated.remove(pfn);
        int p = pfn;
        int k = order;
        int merged = 0;
        while (k + 1 < maxOrder) {
            int buddy = p ^ (1 << k);
            Integer bo = free.get(buddy);
            if (bo == null || bo != k) {
                break;
            }
            free.remove(buddy);
            p = Math.min(p, buddy);
            k++;
            merged++;
        }
        free.put(p, k);
        lastSplits = 0;
        lastCoalesces = merged;
        return 0;
    }

    int freePages() {
        return free.values().stream().mapToInt(k -> 1 << k).sum();
    }

    int usedPages() {
        return allocated.values().stream().mapToInt(k -> 1 << k).sum();
    }
}
