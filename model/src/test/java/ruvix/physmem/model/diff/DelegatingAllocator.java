package ruvix.physmem.model.diff;

import java.util.List;
import ruvix.physmem.AllocatorStats;
import ruvix.physmem.Block;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.OrderStats;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.model.ReferenceAllocator;

/** The reference allocator behind a wrapper, for test allocators that get one thing wrong on purpose. */
abstract class DelegatingAllocator implements PageAllocator {
    final ReferenceAllocator inner;

    DelegatingAllocator(MemoryMap map) {
        inner = new ReferenceAllocator(map);
    }

    @Override
    public int freePagesRaw(long addr, long count) {
        return inner.freePagesRaw(addr, count);
    }

    @Override
    public long allocPagesRaw(long count, boolean critical) {
        return inner.allocPagesRaw(count, critical);
    }

    @Override
    public long allocPagesConstrainedRaw(long count, int alignOrder, long lowAddr, long highAddr, boolean critical) {
        return inner.allocPagesConstrainedRaw(count, alignOrder, lowAddr, highAddr, critical);
    }

    @Override
    public int allocPagesBulk(int order, int n, long[] out, boolean critical) {
        return inner.allocPagesBulk(order, n, out, critical);
    }

    @Override
    public int allocPagesBulkExact(int order, int n, long[] out, boolean critical) {
        return inner.allocPagesBulkExact(order, n, out, critical);
    }

    @Override
    public int allocatedOrderRaw(long addr) {
        return inner.allocatedOrderRaw(addr);
    }

    @Override
    public long nextAllocatedBlock(long fromAddr) {
        return inner.nextAllocatedBlock(fromAddr);
    }

    @Override
    public void setWatermarks(long minPages, long lowPages) {
        inner.setWatermarks(minPages, lowPages);
    }

    @Override
    public long minWatermark() {
        return inner.minWatermark();
    }

    @Override
    public long lowWatermark() {
        return inner.lowWatermark();
    }

    @Override
    public int pageShift() {
        return inner.pageShift();
    }

    @Override
    public int maxOrder() {
        return inner.maxOrder();
    }

    @Override
    public boolean isInitialized() {
        return inner.isInitialized();
    }

    @Override
    public boolean contains(PhysAddr addr) {
        return inner.contains(addr);
    }

    @Override
    public void reset() {
        inner.reset();
    }

    @Override
    public void init(PhysAddr base, long totalPages) {
        inner.init(base, totalPages);
    }

    @Override
    public void init(MemoryMap map) {
        inner.init(map);
    }

    @Override
    public long freePageCount() {
        return inner.freePageCount();
    }

    @Override
    public long usedPages() {
        return inner.usedPages();
    }

    @Override
    public long totalPages() {
        return inner.totalPages();
    }

    @Override
    public PhysAddr baseAddr() {
        return inner.baseAddr();
    }

    @Override
    public PhysAddr endAddr() {
        return inner.endAddr();
    }

    @Override
    public long freeBlocksAtOrder(int order) {
        return inner.freeBlocksAtOrder(order);
    }

    @Override
    public List<OrderStats> orderStats() {
        return inner.orderStats();
    }

    @Override
    public AllocatorStats stats() {
        return inner.stats();
    }

    @Override
    public int largestFreeOrder() {
        return inner.largestFreeOrder();
    }

    @Override
    public List<Block> freeBlocks() {
        return inner.freeBlocks();
    }
}
