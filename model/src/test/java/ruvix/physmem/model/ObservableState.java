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

    /** This state with one more rejected allocation or free counted: what a rejection may change. */
    ObservableState withRejectedAlloc() {
        return new ObservableState(
                freeBlocks,
                orderStats,
                new AllocatorStats(
                        stats.pageSize(),
                        stats.totalPages(),
                        stats.freePages(),
                        stats.successfulAllocations(),
                        stats.failedAllocations() + 1,
                        stats.frees(),
                        stats.rejectedFrees(),
                        stats.splits(),
                        stats.coalesces(),
                        stats.peakUsedPages()));
    }

    ObservableState withRejectedFree() {
        return new ObservableState(
                freeBlocks,
                orderStats,
                new AllocatorStats(
                        stats.pageSize(),
                        stats.totalPages(),
                        stats.freePages(),
                        stats.successfulAllocations(),
                        stats.failedAllocations(),
                        stats.frees(),
                        stats.rejectedFrees() + 1,
                        stats.splits(),
                        stats.coalesces(),
                        stats.peakUsedPages()));
    }
}
