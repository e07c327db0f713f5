package ruvix.physmem.bench;

import ruvix.physmem.PageAllocator;

/**
 * Runs the random workload once, untimed, and refuses (throws) unless its operation stream is
 * BENCHMARK.md's and no page is lost: timings of another stream would not compare.
 */
public final class WorkloadCheck {

    /** What one untimed run observed, for the report's operation counts. */
    public record Observed(ExpectedStreams.Row row, long failedAllocs, long drainFrees, long lostPages) {}

    private WorkloadCheck() {}

    /** The allocator's primitive entry points as the workload's target. */
    public static RandomWorkload.Target target(PageAllocator allocator) {
        return new RandomWorkload.Target() {
            @Override
            public long alloc(long pages) {
                return allocator.allocPagesRaw(pages);
            }

            @Override
            public int free(long addr, long pages) {
                return allocator.freePagesRaw(addr, pages);
            }
        };
    }

    /**
     * Runs fill, steady and drain on a fresh allocator and checks the stream and the books.
     *
     * @throws IllegalStateException if the stream differs from BENCHMARK.md's table (or, for a
     *     size the table lacks, from the same workload on an allocator that never fails), or if
     *     pages were lost
     */
    public static Observed verify(Impl impl, long pages) {
        PageAllocator allocator = impl.create(RandomWorkload.BASE, pages);
        long initialFree = allocator.freePageCount();
        RandomWorkload w = new RandomWorkload(target(allocator), pages);
        w.fill();
        w.steady();
        ExpectedStreams.Row observed = ExpectedStreams.observed(w);
        ExpectedStreams.Row expected = ExpectedStreams.BY_PAGES.getOrDefault(pages, ExpectedStreams.unbounded(pages));
        if (!observed.equals(expected)) {
            throw new IllegalStateException("random/" + pages + " on " + impl + ": operation stream " + observed
                    + " differs from BENCHMARK.md's " + expected + "; refusing to report timings");
        }
        long live = w.livePages();
        w.drain();
        long lost = initialFree - allocator.freePageCount();
        if (lost != 0 || w.failedFrees() != 0) {
            throw new IllegalStateException("random/" + pages + " on " + impl + ": " + lost + " pages lost, "
                    + w.failedFrees() + " frees rejected (live pages before drain: " + live + ")");
        }
        return new Observed(observed, w.failedAllocs(), w.drainFrees(), lost);
    }
}
