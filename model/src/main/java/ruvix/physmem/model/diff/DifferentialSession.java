package ruvix.physmem.model.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.Physmem;

/**
 * The reference and a candidate allocator driven side by side. After every call it compares the
 * result, the page counts, the free blocks per order and the watermark level, and the statistics
 * when the candidate keeps them; every {@code snapshotEvery} calls and after every bulk call, the
 * complete free-block snapshot, the allocated-block walk, the watermarks and the allocated order
 * of every live block; with every page sweep, the fragmentation measures of every order. It also remembers, as the reference sees them, the live
 * blocks and the last freed one, so that {@link Move}s can aim at them.
 *
 * <p>An exception from either side (the API answers every argument with a result, never a
 * throw) and a candidate that cannot be built for a map the reference accepts are divergences
 * too, so that they are shrunk and saved like any other.
 */
public final class DifferentialSession {
    /** Full snapshots between two sweeps of the per-page queries. */
    static final int PAGE_SWEEP_EVERY = 16;
    /** Pages a sweep visits at most. */
    static final int PAGE_SWEEP_LIMIT = 4096;

    private final PageAllocator reference;
    private final PageAllocator candidate;
    private final RuntimeException candidateInitFailure;
    private final boolean compareCounters;
    private final int snapshotEvery;
    private final List<TraceOp> executed = new ArrayList<>();
    private final List<long[]> live = new ArrayList<>();
    private long[] lastFreed;
    private long lastResult;

    /**
     * Starts both allocators on {@code map}.
     *
     * @param compareCounters whether the candidate keeps statistics counters (profile switch
     *     {@code stats}); page counts are compared in any case
     * @param snapshotEvery calls between full snapshot comparisons, at least 1
     */
    public DifferentialSession(
            AllocatorFactory reference,
            AllocatorFactory candidate,
            MemoryMap map,
            boolean compareCounters,
            int snapshotEvery) {
        if (snapshotEvery < 1) {
            throw new IllegalArgumentException("snapshotEvery must be at least 1: " + snapshotEvery);
        }
        this.reference = Objects.requireNonNull(reference.create(map), "reference");
        PageAllocator built = null;
        RuntimeException failure = null;
        try {
            built = Objects.requireNonNull(candidate.create(map), "candidate");
        } catch (RuntimeException e) {
            failure = e;
        }
        this.candidate = built;
        this.candidateInitFailure = failure;
        this.compareCounters = compareCounters;
        this.snapshotEvery = snapshotEvery;
    }

    /** Compares the freshly initialized allocators. */
    public Optional<Divergence> checkInitial() {
        if (candidateInitFailure != null) {
            return Optional.of(new Divergence(-1, null, "construction", "an allocator", thrown(candidateInitFailure)));
        }
        return compareStateSafely(-1, null, true);
    }

    /** Applies {@code op} to both allocators and compares them. */
    public Optional<Divergence> apply(TraceOp op) {
        int step = executed.size();
        executed.add(op);
        if (candidate == null) {
            return Optional.of(new Divergence(step, op, "construction", "an allocator", thrown(candidateInitFailure)));
        }
        long expected;
        try {
            expected = op.apply(reference);
        } catch (RuntimeException e) {
            return Optional.of(new Divergence(step, op, "reference result", "a result", thrown(e)));
        }
        lastResult = expected;
        track(op, expected);
        long actual;
        try {
            actual = op.apply(candidate);
        } catch (RuntimeException e) {
            return Optional.of(new Divergence(step, op, "result", describe(expected), thrown(e)));
        }
        if (expected != actual) {
            return Optional.of(new Divergence(step, op, "result", describe(expected), describe(actual)));
        }
        // A bulk call's blocks show only in the allocated-block walk of a full comparison.
        return compareStateSafely(step, op, (step + 1) % snapshotEvery == 0 || op instanceof TraceOp.Bulk);
    }

    /** Resolves {@code move} against the current state and applies it. */
    public Optional<Divergence> apply(Move move) {
        return apply(move.resolve(this));
    }

    /** The calls applied so far: a replayable trace body. */
    public List<TraceOp> executed() {
        return List.copyOf(executed);
    }

    /** The reference's primitive result of the last call. */
    public long lastResult() {
        return lastResult;
    }

    /** Live blocks as the reference sees them: {address, requested count}, in allocation order. */
    List<long[]> live() {
        return live;
    }

    /** The last block freed successfully, or {@code null}. */
    long[] lastFreed() {
        return lastFreed;
    }

    /** The reference allocator, for reports that show its state. */
    public PageAllocator reference() {
        return reference;
    }

    private void track(TraceOp op, long result) {
        if (op instanceof TraceOp.Alloc alloc && result >= 0) {
            live.add(new long[] {result, alloc.count()});
        } else if (op instanceof TraceOp.AllocCritical alloc && result >= 0) {
            live.add(new long[] {result, alloc.count()});
        } else if (op instanceof TraceOp.Constrained alloc && result >= 0) {
            live.add(new long[] {result, alloc.count()});
        } else if (op instanceof TraceOp.Bulk && result > 0) {
            Set<Long> known = new HashSet<>();
            live.forEach(b -> known.add(b[0]));
            reference.forEachAllocatedBlock((addr, order) -> {
                if (!known.contains(addr)) {
                    live.add(new long[] {addr, 1L << order});
                }
            });
        } else if (op instanceof TraceOp.Free free && result == 0) {
            int order = Physmem.pagesToOrder(free.count());
            live.removeIf(b -> b[0] == free.addr() && Physmem.pagesToOrder(b[1]) == order);
            lastFreed = new long[] {free.addr(), free.count()};
        } else if (op instanceof TraceOp.Reset) {
            live.clear();
            lastFreed = null;
        }
    }

    private Optional<Divergence> compareStateSafely(int step, TraceOp op, boolean full) {
        try {
            return compareState(step, op, full);
        } catch (RuntimeException e) {
            return Optional.of(new Divergence(step, op, "queries", "answers", thrown(e)));
        }
    }

    /**
     * Compares the per-page queries over the whole managed span and one page beyond each end:
     * {@code contains} and {@code allocatedOrder} of every page (of a sample of at most {@value
     * #PAGE_SWEEP_LIMIT} pages on larger maps), the order queries out of range, and the
     * initialized flag. The explorers call it after every sequence; sessions also every {@value
     * #PAGE_SWEEP_EVERY} snapshots.
     */
    public Optional<Divergence> checkPages() {
        int step = executed.size() - 1;
        return compareStateSafely(step, step < 0 ? null : executed.get(step), false)
                .or(() -> {
                    try {
                        return comparePages(step, step < 0 ? null : executed.get(step));
                    } catch (RuntimeException e) {
                        return Optional.of(new Divergence(step, null, "page queries", "answers", thrown(e)));
                    }
                });
    }

    private Optional<Divergence> comparePages(int step, TraceOp op) {
        Optional<Divergence> d = same(step, op, "isInitialized", reference.isInitialized(), candidate.isInitialized())
                .or(() -> same(
                        step,
                        op,
                        "freeBlocksAtOrder(-1)",
                        reference.freeBlocksAtOrder(-1),
                        candidate.freeBlocksAtOrder(-1)))
                .or(() -> same(
                        step,
                        op,
                        "freeBlocksAtOrder(maxOrder)",
                        reference.freeBlocksAtOrder(reference.maxOrder()),
                        candidate.freeBlocksAtOrder(reference.maxOrder())))
                .or(() -> compareMetrics(step, op));
        long pageSize = reference.pageSize();
        long first = Math.max(0, reference.baseAddr().asLong() - pageSize);
        long last = reference.endAddr().asLong() + pageSize;
        long pages = (last - first) / pageSize;
        long stride = Math.max(1, (pages + PAGE_SWEEP_LIMIT - 1) / PAGE_SWEEP_LIMIT);
        for (long a = first; a < last && d.isEmpty(); a += stride * pageSize) {
            PhysAddr addr = PhysAddr.of(a);
            d = same(step, op, "contains(" + addr + ")", reference.contains(addr), candidate.contains(addr))
                    .or(() -> same(
                            step,
                            op,
                            "allocatedOrder(" + addr + ")",
                            reference.allocatedOrder(addr),
                            candidate.allocatedOrder(addr)));
        }
        return d;
    }

    /**
     * The fragmentation measures of every order (the reference computes them in its proved core,
     * a generated allocator from its per-order counts), buddyinfo, and the walk's answers at the
     * edges: before the memory, inside a page, at the end.
     */
    private Optional<Divergence> compareMetrics(int step, TraceOp op) {
        Optional<Divergence> d = same(step, op, "buddyinfo", reference.buddyinfo(), candidate.buddyinfo());
        for (int k = 0; k < reference.maxOrder() && d.isEmpty(); k++) {
            int order = k;
            d = same(
                            step,
                            op,
                            "suitableBlocks(" + order + ")",
                            reference.suitableBlocks(order),
                            candidate.suitableBlocks(order))
                    .or(() -> same(
                            step,
                            op,
                            "fragmentationIndex(" + order + ")",
                            reference.fragmentationIndex(order),
                            candidate.fragmentationIndex(order)))
                    .or(() -> same(
                            step,
                            op,
                            "unusableFreeSpaceIndex(" + order + ")",
                            reference.unusableFreeSpaceIndex(order),
                            candidate.unusableFreeSpaceIndex(order)));
        }
        long base = reference.baseAddr().asLong();
        long end = reference.endAddr().asLong();
        for (long from : new long[] {-1, base + 1, end, Long.MAX_VALUE}) {
            d = d.or(() -> same(
                    step,
                    op,
                    "nextAllocatedBlock(" + from + ")",
                    reference.nextAllocatedBlock(from),
                    candidate.nextAllocatedBlock(from)));
        }
        return d;
    }

    private Optional<Divergence> compareState(int step, TraceOp op, boolean full) {
        Optional<Divergence> d = same(step, op, "freePageCount", reference.freePageCount(), candidate.freePageCount());
        d = d.or(() -> same(step, op, "usedPages", reference.usedPages(), candidate.usedPages()));
        d = d.or(() -> same(step, op, "totalPages", reference.totalPages(), candidate.totalPages()));
        d = d.or(() -> same(step, op, "watermarkLevel", reference.watermarkLevel(), candidate.watermarkLevel()));
        for (int k = 0; k < reference.maxOrder() && d.isEmpty(); k++) {
            d = same(
                    step,
                    op,
                    "freeBlocksAtOrder(" + k + ")",
                    reference.freeBlocksAtOrder(k),
                    candidate.freeBlocksAtOrder(k));
        }
        if (d.isEmpty() && compareCounters) {
            d = same(step, op, "stats", reference.stats(), candidate.stats())
                    .or(() -> same(step, op, "orderStats", reference.orderStats(), candidate.orderStats()));
        }
        if (d.isEmpty() && full && (step + 1) % (snapshotEvery * PAGE_SWEEP_EVERY) == 0) {
            d = comparePages(step, op);
        }
        if (d.isEmpty() && full) {
            d = same(step, op, "freeBlocks", reference.freeBlocks(), candidate.freeBlocks())
                    .or(() -> same(
                            step, op, "largestFreeOrder", reference.largestFreeOrder(), candidate.largestFreeOrder()))
                    .or(() -> same(step, op, "baseAddr", reference.baseAddr(), candidate.baseAddr()))
                    .or(() -> same(step, op, "endAddr", reference.endAddr(), candidate.endAddr()))
                    .or(() ->
                            same(step, op, "allocatedBlocks", reference.allocatedBlocks(), candidate.allocatedBlocks()))
                    .or(() -> same(
                            step,
                            op,
                            "watermarks",
                            reference.minWatermark() + "/" + reference.lowWatermark(),
                            candidate.minWatermark() + "/" + candidate.lowWatermark()));
            for (int i = 0; i < live.size() && d.isEmpty(); i++) {
                PhysAddr addr = PhysAddr.of(live.get(i)[0]);
                d = same(
                                step,
                                op,
                                "allocatedOrder(" + addr + ")",
                                reference.allocatedOrder(addr),
                                candidate.allocatedOrder(addr))
                        .or(() -> same(
                                step,
                                op,
                                "contains(" + addr + ")",
                                reference.contains(addr),
                                candidate.contains(addr)));
            }
        }
        return d;
    }

    private static Optional<Divergence> same(int step, TraceOp op, String what, Object expected, Object actual) {
        return Objects.equals(expected, actual)
                ? Optional.empty()
                : Optional.of(new Divergence(step, op, what, String.valueOf(expected), String.valueOf(actual)));
    }

    private static String thrown(RuntimeException e) {
        StackTraceElement[] where = e.getStackTrace();
        return "thrown " + e + (where.length == 0 ? "" : " at " + where[0]);
    }

    private static String describe(long result) {
        if (result >= 0) {
            return "0x" + Long.toHexString(result);
        }
        return result >= -PhysMemError.values().length
                ? PhysMemError.fromCode(result).name()
                : Long.toString(result);
    }
}
