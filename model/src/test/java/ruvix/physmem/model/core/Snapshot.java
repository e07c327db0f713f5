package ruvix.physmem.model.core;

import java.util.Arrays;
import ruvix.physmem.model.BuddyModel;

/** Everything the core's queries can observe, for "state unchanged" and "states equal" checks. */
record Snapshot(
        int[] freeOrders,
        int[] allocatedOrders,
        int[] freeBlocks,
        int freePages,
        int usedPages,
        int totalPages,
        int largestFreeOrder,
        int lastSplits,
        int lastCoalesces) {

    static Snapshot of(BuddyModel m) {
        int n = m.span();
        int[] f = new int[n];
        int[] a = new int[n];
        for (int p = 0; p < n; p++) {
            f[p] = m.freeOrderAt(p);
            a[p] = m.allocatedOrderAt(p);
        }
        int[] counts = new int[m.maxOrder()];
        for (int k = 0; k < counts.length; k++) {
            counts[k] = m.freeBlocks(k);
        }
        return new Snapshot(
                f,
                a,
                counts,
                m.freePages(),
                m.usedPages(),
                m.totalPages(),
                m.largestFreeOrder(),
                m.lastSplits(),
                m.lastCoalesces());
    }

    static Snapshot of(BlockOracle o) {
        int n = o.usable.length;
        int[] f = new int[n];
        int[] a = new int[n];
        Arrays.fill(f, -1);
        Arrays.fill(a, -1);
        int[] counts = new int[o.maxOrder];
        int largest = -1;
        for (var b : o.free.entrySet()) {
            f[b.getKey()] = b.getValue();
            counts[b.getValue()]++;
            largest = Math.max(largest, b.getValue());
        }
        for (var b : o.allocated.entrySet()) {
            a[b.getKey()] = b.getValue();
        }
        int total = 0;
        for (boolean u : o.usable) {
            total += u ? 1 : 0;
        }
        return new Snapshot(f, a, counts, o.freePages(), o.usedPages(), total, largest, o.lastSplits, o.lastCoalesces);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Snapshot s
                && Arrays.equals(freeOrders, s.freeOrders)
                && Arrays.equals(allocatedOrders, s.allocatedOrders)
                && Arrays.equals(freeBlocks, s.freeBlocks)
                && freePages == s.freePages
                && usedPages == s.usedPages
                && totalPages == s.totalPages
                && largestFreeOrder == s.largestFreeOrder
                && lastSplits == s.lastSplits
                && lastCoalesces == s.lastCoalesces;
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(freeOrders) * 31 + Arrays.hashCode(allocatedOrders);
    }

    @Override
    public String toString() {
        return "free=" + Arrays.toString(freeOrders) + " alloc=" + Arrays.toString(allocatedOrders)
                + " counts=" + Arrays.toString(freeBlocks) + " freePages=" + freePages + " usedPages="
                + usedPages + " total=" + totalPages + " largest=" + largestFreeOrder + " splits="
                + lastSplits + " coalesces=" + lastCoalesces;
    }
}
