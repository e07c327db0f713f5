package ruvix.physmem.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;
import ruvix.physmem.AllocatorStats;
import ruvix.physmem.Block;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.Physmem;

/**
 * A random trace of allocations, constrained and bulk allocations, frees and hostile calls against
 * an allocator. Every result is predicted independently from DESIGN.md's and {@link
 * PageAllocator}'s rules and the free-block snapshot before the call (the smallest sufficient
 * order, the lowest address, the window and alignment, the carve, the checks in order, the
 * merges), every rejected call must leave the snapshot and the counters unchanged but for the
 * rejection counter, and after every call {@link IndependentChecker} runs and the live-block walk
 * must list exactly the blocks the trace holds.
 */
final class TraceRunner {
    private final PageAllocator a;
    private final MemoryMap map;
    private final Random random;
    private final boolean stats;
    private final Map<Long, Integer> live = new LinkedHashMap<>();
    private final List<Long> freed = new ArrayList<>();
    private long successful;
    private long failed;
    private long frees;
    private long rejected;
    private long splits;
    private long coalesces;
    private long peak;

    TraceRunner(PageAllocator a, MemoryMap map, long seed, boolean stats) {
        this.a = a;
        this.map = map;
        this.random = new Random(seed);
        this.stats = stats;
    }

    void run(int steps) {
        IndependentChecker.check(a, map, live);
        for (int step = 0; step < steps; step++) {
            int choice = random.nextInt(13);
            if (choice >= 10) {
                if (choice == 12) {
                    bulk();
                } else {
                    constrained();
                }
            } else if (choice < 5 || live.isEmpty()) {
                alloc(drawCount());
            } else if (choice < 8) {
                List<Long> addrs = new ArrayList<>(live.keySet());
                long addr = addrs.get(random.nextInt(addrs.size()));
                free(addr, 1L << live.get(addr));
            } else {
                hostileFree();
            }
            IndependentChecker.check(a, map, live);
            checkCounters();
            checkWalk();
        }
        for (Long addr : new ArrayList<>(live.keySet())) {
            free(addr, 1L << live.get(addr));
        }
        IndependentChecker.check(a, map, live);
        checkCounters();
    }

    private long drawCount() {
        int r = random.nextInt(20);
        if (r == 0) {
            return 0;
        }
        if (r == 1) {
            return -1 - random.nextInt(3);
        }
        if (r == 2) {
            return (1L << (a.maxOrder() - 1)) + 1 + random.nextInt(4);
        }
        int order = random.nextInt(Math.min(a.maxOrder(), 6));
        long pages = 1L << order;
        return order == 0 ? 1 : pages - random.nextInt((int) pages / 2);
    }

    private void alloc(long count) {
        List<Block> before = a.freeBlocks();
        AllocatorStats statsBefore = a.stats();
        long expected;
        int k = count <= 0 ? -1 : Physmem.pagesToOrder(count);
        int takenOrder = -1;
        if (count == 0) {
            expected = PhysMemError.ZERO_ALLOCATION.code();
        } else if (count < 0 || k >= a.maxOrder()) {
            expected = PhysMemError.ALLOCATION_TOO_LARGE.code();
        } else {
            Block lowest = null;
            for (Block b : before) {
                if (b.order() >= k && (lowest == null || b.order() < lowest.order())) {
                    lowest = b;
                }
            }
            expected = lowest == null
                    ? PhysMemError.OUT_OF_MEMORY.code()
                    : lowest.addr().asLong();
            takenOrder = lowest == null ? -1 : lowest.order();
        }
        long result = a.allocPagesRaw(count);
        assertEquals(expected, result, "alloc(" + count + ") from " + before);
        if (result >= 0) {
            live.put(result, k);
            successful++;
            splits += takenOrder - k;
            peak = Math.max(peak, a.usedPages());
        } else {
            failed++;
            assertUnchanged(before, statsBefore, 1, 0);
        }
    }

    /**
     * A constrained allocation in a random window (now and then a hostile argument), predicted as
     * {@link PageAllocator#allocPagesConstrainedRaw} words it, the carved free blocks included.
     */
    private void constrained() {
        long count = drawCount();
        int align = random.nextInt(10) == 0
                ? a.maxOrder() - random.nextInt(a.maxOrder() + 2)
                : random.nextInt(a.maxOrder());
        long base = a.baseAddr().asLong();
        long span = Math.max(1, a.endAddr().asLong() - base);
        long low = random.nextInt(20) == 0
                ? -1 - random.nextInt(4)
                : Math.max(0, base - span / 8 + random.nextLong(span + span / 4));
        long high = random.nextInt(8) == 0 ? Long.MAX_VALUE : low - 1 + random.nextLong(span / 2 + 2);
        List<Block> before = a.freeBlocks();
        AllocatorStats statsBefore = a.stats();
        int k = count <= 0 ? -1 : Physmem.pagesToOrder(count);
        long expected;
        List<Block> after = null;
        int j = -1;
        if (count == 0) {
            expected = PhysMemError.ZERO_ALLOCATION.code();
        } else if (count < 0 || k >= a.maxOrder()) {
            expected = PhysMemError.ALLOCATION_TOO_LARGE.code();
        } else if (align < 0 || align >= a.maxOrder()) {
            expected = PhysMemError.INVALID_ORDER.code();
        } else if (low < 0 || high < low) {
            expected = PhysMemError.ADDRESS_OUT_OF_RANGE.code();
        } else {
            int shift = a.pageShift();
            int e = Math.max(k, align);
            long first = (((low >> shift) + ((low & (a.pageSize() - 1)) != 0 ? 1 : 0)) + (1L << e) - 1) & -(1L << e);
            long highPfn = high >> shift;
            expected = PhysMemError.OUT_OF_MEMORY.code();
            search:
            for (int order = e; order < a.maxOrder(); order++) {
                for (Block b : before) {
                    long head = b.addr().asLong() >> shift;
                    if (b.order() == order && head + (1L << order) > first) {
                        long p = Math.max(head, first);
                        if (p + (1L << k) <= highPfn) {
                            expected = p << shift;
                            j = order;
                            after = carved(before, b, p, k);
                            break search;
                        }
                        // The lowest block of this order that reaches the window does not fit: none does.
                        continue search;
                    }
                }
            }
        }
        long result = a.allocPagesConstrainedRaw(count, align, low, high, false);
        assertEquals(
                expected,
                result,
                "allocPagesConstrainedRaw(" + count + ", " + align + ", " + low + ", " + high + ") from " + before);
        if (result >= 0) {
            live.put(result, k);
            successful++;
            splits += j - k;
            peak = Math.max(peak, a.usedPages());
            assertEquals(after, a.freeBlocks(), "free blocks after the carve");
        } else {
            failed++;
            assertUnchanged(before, statsBefore, 1, 0);
        }
    }

    /** {@code free} without block {@code b}, plus every half of it that does not hold page {@code p}. */
    private List<Block> carved(List<Block> free, Block b, long p, int k) {
        List<Block> result = new ArrayList<>(free);
        result.remove(b);
        long start = b.addr().asLong() >> a.pageShift();
        for (int m = b.order() - 1; m >= k; m--) {
            long upper = start + (1L << m);
            if (p >= upper) {
                result.add(new Block(PhysAddr.of(start << a.pageShift()), m));
                start = upper;
            } else {
                result.add(new Block(PhysAddr.of(upper << a.pageShift()), m));
            }
        }
        result.sort(null);
        return result;
    }

    /** A bulk allocation of a few blocks, predicted as the loop of single allocations it is. */
    private void bulk() {
        int order = random.nextInt(Math.min(a.maxOrder(), 4));
        int n = random.nextInt(5);
        long[] out = new long[n + 1];
        List<Block> free = new ArrayList<>(a.freeBlocks());
        List<Long> expected = new ArrayList<>();
        long expectedSplits = 0;
        while (expected.size() < n) {
            Block lowest = null;
            for (Block b : free) {
                if (b.order() >= order && (lowest == null || b.order() < lowest.order())) {
                    lowest = b;
                }
            }
            if (lowest == null) {
                break;
            }
            free = carved(free, lowest, lowest.addr().asLong() >> a.pageShift(), order);
            expected.add(lowest.addr().asLong());
            expectedSplits += lowest.order() - order;
        }
        boolean exact = random.nextBoolean();
        int result = exact ? a.allocPagesBulkExact(order, n, out, false) : a.allocPagesBulk(order, n, out, false);
        if (exact && expected.size() < n) {
            assertEquals(PhysMemError.OUT_OF_MEMORY.code(), result, "all-or-nothing bulk of " + n);
            failed++;
            return;
        }
        assertEquals(expected.size(), result, "bulk of " + n + " blocks of order " + order);
        for (int i = 0; i < result; i++) {
            assertEquals(expected.get(i), out[i], "bulk block " + i);
            live.put(out[i], order);
        }
        successful += result;
        failed += result < n ? 1 : 0;
        splits += expectedSplits;
        peak = Math.max(peak, a.usedPages());
        assertEquals(free, a.freeBlocks(), "free blocks after the bulk allocation");
    }

    /** The live-block walk lists exactly the blocks the trace holds; a probe from a random address. */
    private void checkWalk() {
        TreeSet<Long> held = new TreeSet<>(live.keySet());
        List<Block> expected = new ArrayList<>();
        for (long addr : held) {
            expected.add(new Block(PhysAddr.of(addr), live.get(addr)));
        }
        assertEquals(expected, a.allocatedBlocks(), "the live-block walk");
        long base = a.baseAddr().asLong();
        long from =
                base - a.pageSize() + random.nextLong(Math.max(1, a.endAddr().asLong() - base) + 2 * a.pageSize());
        Long next = held.ceiling((from + a.pageSize() - 1) & -a.pageSize());
        assertEquals(next == null ? -1 : next, a.nextAllocatedBlock(from), "nextAllocatedBlock(" + from + ")");
    }

    private void hostileFree() {
        long pageSize = a.pageSize();
        long base = a.baseAddr().asLong();
        long span = a.endAddr().asLong() - base;
        long addr;
        long count = 1;
        switch (random.nextInt(7)) {
            case 0 -> addr = freed.isEmpty() ? base : freed.get(random.nextInt(freed.size()));
            case 1 -> addr = base + random.nextLong(Math.max(1, span));
            case 2 -> addr = base + pageSize * random.nextLong(Math.max(1, span / pageSize));
            case 3 -> addr = -pageSize * (1 + random.nextInt(4));
            case 4 -> addr = a.endAddr().asLong() + pageSize * random.nextInt(4);
            case 5 -> {
                addr = live.isEmpty() ? base : live.keySet().iterator().next();
                count = drawCount();
            }
            default -> {
                addr = live.isEmpty() ? base : live.keySet().iterator().next() + pageSize;
                count = random.nextBoolean() ? 1 : 2;
            }
        }
        free(addr, count);
    }

    private void free(long addr, long count) {
        List<Block> before = a.freeBlocks();
        AllocatorStats statsBefore = a.stats();
        int expected = classifyFree(addr, count);
        int result = a.freePagesRaw(addr, count);
        assertEquals(expected, result, "free(0x" + Long.toHexString(addr) + ", " + count + ")");
        if (result == 0) {
            int k = live.remove(addr);
            frees++;
            freed.add(addr);
            expectMerged(before, addr >> a.pageShift(), k);
        } else {
            rejected++;
            assertUnchanged(before, statsBefore, 0, 1);
        }
    }

    /** DESIGN.md's free checks, in order, from the test's own record of what it holds. */
    private int classifyFree(long addr, long count) {
        if (count == 0) {
            return PhysMemError.ZERO_ALLOCATION.code();
        }
        if ((addr & (a.pageSize() - 1)) != 0) {
            return PhysMemError.UNALIGNED_ADDRESS.code();
        }
        if (addr < 0 || !map.isUsable(addr >> a.pageShift())) {
            return PhysMemError.ADDRESS_OUT_OF_RANGE.code();
        }
        if (count < 0 || Physmem.pagesToOrder(count) >= a.maxOrder()) {
            return PhysMemError.ALLOCATION_TOO_LARGE.code();
        }
        Integer held = live.get(addr);
        if (held == null) {
            return PhysMemError.NOT_ALLOCATED.code();
        }
        return held == Physmem.pagesToOrder(count) ? 0 : PhysMemError.SIZE_MISMATCH.code();
    }

    /** The freed block merged with its free buddies, exactly as far as DESIGN.md says. */
    private void expectMerged(List<Block> before, long pfn, int order) {
        TreeSet<Long> keys = new TreeSet<>();
        for (Block b : before) {
            keys.add(((b.addr().asLong() >> a.pageShift()) << 6) | b.order());
        }
        long p = pfn;
        int k = order;
        while (k + 1 < a.maxOrder() && keys.remove(((p ^ (1L << k)) << 6) | k)) {
            p = Math.min(p, p ^ (1L << k));
            k++;
            coalesces++;
        }
        keys.add((p << 6) | k);
        List<Block> expected = new ArrayList<>();
        for (long key : keys) {
            expected.add(new Block(PhysAddr.of((key >> 6) << a.pageShift()), (int) (key & 63)));
        }
        assertEquals(expected, a.freeBlocks(), "free blocks after merging");
    }

    private void assertUnchanged(List<Block> before, AllocatorStats statsBefore, int failedDelta, int rejectedDelta) {
        assertEquals(before, a.freeBlocks(), "I6: a rejected call changed the free blocks");
        AllocatorStats now = a.stats();
        int d = stats ? 1 : 0;
        assertEquals(
                new AllocatorStats(
                        statsBefore.pageSize(),
                        statsBefore.totalPages(),
                        statsBefore.freePages(),
                        statsBefore.successfulAllocations(),
                        statsBefore.failedAllocations() + d * failedDelta,
                        statsBefore.frees(),
                        statsBefore.rejectedFrees() + d * rejectedDelta,
                        statsBefore.splits(),
                        statsBefore.coalesces(),
                        statsBefore.peakUsedPages()),
                now,
                "I6: a rejected call changed a counter other than its rejection counter");
    }

    private void checkCounters() {
        AllocatorStats s = a.stats();
        if (!stats) {
            assertEquals(
                    new AllocatorStats(a.pageSize(), a.totalPages(), a.freePageCount(), 0, 0, 0, 0, 0, 0, 0),
                    s,
                    "stats off: page counts only");
            return;
        }
        assertEquals(
                new AllocatorStats(
                        a.pageSize(),
                        a.totalPages(),
                        a.freePageCount(),
                        successful,
                        failed,
                        frees,
                        rejected,
                        splits,
                        coalesces,
                        peak),
                s,
                "I4: statistics");
        long[] allocsByOrder = new long[a.maxOrder()];
        long[] freesByOrder = new long[a.maxOrder()];
        long allocSum = 0;
        long freeSum = 0;
        for (int k = 0; k < a.maxOrder(); k++) {
            allocsByOrder[k] = a.orderStats().get(k).allocations();
            freesByOrder[k] = a.orderStats().get(k).frees();
            allocSum += allocsByOrder[k];
            freeSum += freesByOrder[k];
        }
        assertEquals(successful, allocSum, "I4: per-order allocations add up");
        assertEquals(frees, freeSum, "I4: per-order frees add up");
        for (int k = 0; k < a.maxOrder(); k++) {
            final int order = k;
            long held = live.values().stream().filter(o -> o == order).count();
            assertEquals(held, allocsByOrder[k] - freesByOrder[k], "I4: allocated blocks of order " + k);
        }
    }
}
