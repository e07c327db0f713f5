package ruvix.physmem;

/**
 * An immutable snapshot of an allocator's statistics: the crate's {@code AllocatorStats}, all of
 * it, kept exact (invariant I4), plus the count of rejected frees.
 *
 * <p>Counting rules, shared by every allocator so that they can be compared exactly: an
 * allocation is every allocation call on an initialized allocator (accepted ones are successful,
 * rejected ones failed); {@code frees} counts accepted frees and {@code rejectedFrees} rejected
 * ones; {@code splits} and {@code coalesces} count block splits and merges; {@code peakUsedPages}
 * is the most pages ever in use at once. Init and reset zero every counter.
 *
 * @param pageSize bytes per page of the allocator
 * @param totalPages usable pages under management
 * @param freePages pages in free blocks
 * @param successfulAllocations accepted allocation calls
 * @param failedAllocations rejected allocation calls on an initialized allocator
 * @param frees accepted frees
 * @param rejectedFrees rejected frees on an initialized allocator
 * @param splits block splits
 * @param coalesces buddy merges
 * @param peakUsedPages the most pages in use at once
 */
public record AllocatorStats(
        long pageSize,
        long totalPages,
        long freePages,
        long successfulAllocations,
        long failedAllocations,
        long frees,
        long rejectedFrees,
        long splits,
        long coalesces,
        long peakUsedPages) {

    public AllocatorStats {
        if (pageSize <= 0 || totalPages < 0 || freePages < 0 || freePages > totalPages) {
            throw new IllegalArgumentException(
                    "inconsistent page counts: pageSize=" + pageSize + " total=" + totalPages + " free=" + freePages);
        }
    }

    /** The statistics of an allocator that manages nothing (uninitialized). */
    public static AllocatorStats empty(long pageSize) {
        return new AllocatorStats(pageSize, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    public long usedPages() {
        return totalPages - freePages;
    }

    public long totalBytes() {
        return totalPages * pageSize;
    }

    public long freeBytes() {
        return freePages * pageSize;
    }

    public long usedBytes() {
        return usedPages() * pageSize;
    }

    public long peakUsedBytes() {
        return peakUsedPages * pageSize;
    }

    /** All allocation calls: successful plus failed. */
    public long allocations() {
        return successfulAllocations + failedAllocations;
    }

    /** Used pages in percent of total pages, rounded down; 0 when nothing is managed. */
    public int utilizationPercent() {
        return totalPages == 0 ? 0 : (int) (usedPages() * 100 / totalPages);
    }

    /** Successful allocations in percent of all, rounded down; 100 before any allocation. */
    public int successRatePercent() {
        long all = allocations();
        return all == 0 ? 100 : (int) (successfulAllocations * 100 / all);
    }

    /** Average splits per successful allocation; 0 before any. */
    public double splitsPerAllocation() {
        return successfulAllocations == 0 ? 0.0 : (double) splits / successfulAllocations;
    }

    /** Average coalesces per accepted free; 0 before any. */
    public double coalescesPerFree() {
        return frees == 0 ? 0.0 : (double) coalesces / frees;
    }
}
