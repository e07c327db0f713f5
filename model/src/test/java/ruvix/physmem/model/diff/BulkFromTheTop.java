package ruvix.physmem.model.diff;

import ruvix.physmem.MemoryMap;

/** Fills a bulk request with the right number of blocks, but not the lowest ones. */
final class BulkFromTheTop extends DelegatingAllocator {
    BulkFromTheTop(MemoryMap map) {
        super(map);
    }

    @Override
    public int allocPagesBulk(int order, int n, long[] out, boolean critical) {
        long top = inner.endAddr().asLong() - (inner.pageSize() << order);
        int filled = 0;
        while (filled < n
                && inner.allocPagesConstrainedRaw(
                                1L << order, 0, top - filled * (inner.pageSize() << order), Long.MAX_VALUE, critical)
                        >= 0) {
            out[filled] = top - filled * (inner.pageSize() << order);
            filled++;
        }
        return filled;
    }
}
