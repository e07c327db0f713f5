package ruvix.physmem.model;

import java.util.List;
import ruvix.physmem.AllocatorStats;
import ruvix.physmem.Block;
import ruvix.physmem.OrderStats;
import ruvix.physmem.PageAllocator;

/** Everything an allocator shows through its API, for "unchanged" assertions. */
record ObservableState(List<Block> freeBlocks, List<OrderStats> orderStats, AllocatorStats stats) {

    static ObservableState of(PageAllocator a) {
        return new ObservableState(a.freeBlocks(), a.orderStats(), a.stats());
    }

    /** This state with one more rejected allocation counted: all a rejected allocation may change. */
    ObservableState withRejectedAlloc() {
        return withCounts(1, 0);
    }

    /** This state with one more rejected free counted: all a rejected free may change. */
    ObservableState withRejectedFree() {
        return withCounts(0, 1);
    }

    private ObservableState withCounts(long failedAllocations, long rejectedFrees) {
        AllocatorStats s = stats;
        return new ObservableState(
                freeBlocks,
                orderStats,
                new AllocatorStats(
                        s.pageSize(),
                        s.totalPages(),
                        s.freePages(),
                        s.successfulAllocations(),
                        s.failedAllocations() + failedAllocations,
                        s.frees(),
                        s.rejectedFrees() + rejectedFrees,
                        s.splits(),
                        s.coalesces(),
                        s.peakUsedPages()));
    }
}
