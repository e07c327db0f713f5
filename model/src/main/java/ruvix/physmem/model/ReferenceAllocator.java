package ruvix.physmem.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.AllocatorStats;
import ruvix.physmem.Block;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.OrderStats;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.PhysMemException;
import ruvix.physmem.Physmem;

/**
 * The reference allocator: the crate-style {@link PageAllocator} API over the proved core {@link
 * BuddyModel}. This adapter does what the core leaves to its caller: argument checks in
 * DESIGN.md's order, conversion between addresses and core page indices, and the statistics. It
 * is written for clarity, not speed: snapshots and queries walk every page.
 *
 * <p>Core page {@code i} is absolute page {@code originPfn + i}, where {@code originPfn} is the
 * map's first page rounded down to the largest block, so the core's alignment is absolute.
 */
public final class ReferenceAllocator implements PageAllocator {
    private final int pageShift;
    private final int maxOrder;
    private final long capacityPages;

    private MemoryMap map;
    private long originPfn;
    private BuddyModel core;

    private long successfulAllocations;
    private long failedAllocations;
    private long frees;
    private long rejectedFrees;
    private long splits;
    private long coalesces;
    private long peakUsedPages;
    private long[] allocationsByOrder;
    private long[] freesByOrder;
    private long minWatermark;
    private long lowWatermark;

    /**
     * An uninitialized allocator of the given geometry; {@link #init} gives it memory.
     *
     * @throws IllegalArgumentException if the geometry is outside what the core supports
     */
    public ReferenceAllocator(int pageShift, int maxOrder, long capacityPages) {
        if (pageShift < MemoryMap.MIN_PAGE_SHIFT || pageShift > MemoryMap.MAX_PAGE_SHIFT) {
            throw new IllegalArgumentException("page shift out of range: " + pageShift);
        }
        if (maxOrder < 1 || maxOrder > BuddyModel.MAX_ORDER_LIMIT) {
            throw new IllegalArgumentException(
                    "maxOrder out of range 1.." + BuddyModel.MAX_ORDER_LIMIT + ": " + maxOrder);
        }
        if (capacityPages < 1) {
            throw new IllegalArgumentException("capacity must be at least one page: " + capacityPages);
        }
        this.pageShift = pageShift;
        this.maxOrder = maxOrder;
        this.capacityPages = capacityPages;
    }

    /** Like the crate's {@code new}: the crate's geometry, {@code totalPages} pages from {@code base}. */
    public ReferenceAllocator(PhysAddr base, long totalPages) {
        this(Physmem.PAGE_SHIFT, Physmem.MAX_ORDER, BuddyModel.MAX_PAGES);
        init(base, totalPages);
    }

    /** The crate's orders over {@code map}, with the map's page size. */
    public ReferenceAllocator(MemoryMap map) {
        this(map.pageShift(), Physmem.MAX_ORDER, BuddyModel.MAX_PAGES);
        init(map);
    }

    /** Like the crate's {@code uninit}: the crate's geometry, no memory until {@link #init}. */
    public static ReferenceAllocator uninit() {
        return new ReferenceAllocator(Physmem.PAGE_SHIFT, Physmem.MAX_ORDER, BuddyModel.MAX_PAGES);
    }

    /** An uninitialized allocator with the geometry and capacity of {@code profile}. */
    public static ReferenceAllocator forProfile(AllocatorProfile profile) {
        return new ReferenceAllocator(profile.pageShift(), profile.maxOrder(), profile.capacityPages());
    }

    @Override
    public int pageShift() {
        return pageShift;
    }

    @Override
    public int maxOrder() {
        return maxOrder;
    }

    @Override
    public boolean isInitialized() {
        return core != null;
    }

    @Override
    public void init(PhysAddr base, long totalPages) {
        Objects.requireNonNull(base, "base");
        if ((base.asLong() & (pageSize() - 1)) != 0) {
            throw new PhysMemException(PhysMemError.UNALIGNED_ADDRESS, base.toString());
        }
        if (totalPages < 1) {
            throw new PhysMemException(PhysMemError.ZERO_ALLOCATION, totalPages + " pages");
        }
        if (totalPages > (Long.MAX_VALUE >> pageShift) - (base.asLong() >> pageShift)) {
            throw new PhysMemException(PhysMemError.ALLOCATION_TOO_LARGE, "end overflows the address space");
        }
        init(MemoryMap.single(pageShift, base.asLong(), totalPages));
    }

    @Override
    public void init(MemoryMap newMap) {
        Objects.requireNonNull(newMap, "map");
        if (newMap.pageShift() != pageShift) {
            throw new PhysMemException(
                    PhysMemError.UNALIGNED_ADDRESS,
                    "map has " + newMap.pageSize() + "-byte pages, allocator " + pageSize() + "-byte pages");
        }
        long newOrigin = newMap.startPfn() & -(1L << (maxOrder - 1));
        long span = newMap.endPfn() - newOrigin;
        if (newMap.spanPages() > capacityPages || span > BuddyModel.MAX_PAGES) {
            throw new PhysMemException(
                    PhysMemError.ALLOCATION_TOO_LARGE,
                    "map spans " + newMap.spanPages() + " pages, capacity is " + capacityPages);
        }
        boolean[] usable = new boolean[(int) span];
        for (MemoryMap.PageRun run : newMap.usableRuns()) {
            for (long pfn = run.startPfn(); pfn < run.endPfn(); pfn++) {
                usable[(int) (pfn - newOrigin)] = true;
            }
        }
        core = BuddyModel.create(maxOrder, usable);
        map = newMap;
        originPfn = newOrigin;
        zeroCounters();
    }

    @Override
    public void reset() {
        if (core != null) {
            core.reset();
            zeroCounters();
        }
    }

    private void zeroCounters() {
        successfulAllocations = 0;
        failedAllocations = 0;
        frees = 0;
        rejectedFrees = 0;
        splits = 0;
        coalesces = 0;
        peakUsedPages = 0;
        allocationsByOrder = new long[maxOrder];
        freesByOrder = new long[maxOrder];
    }

    @Override
    public long allocPagesRaw(long count, boolean critical) {
        long order = checkCount(count);
        if (order >= 0) {
            order = checkReserve((int) order, critical);
        }
        return order < 0 ? order : accepted(core.alloc((int) order), (int) order);
    }

    /**
     * The first checks of every allocation, in the documented order: the order of the block, or
     * the code of the rejection (then counted as a failed allocation).
     */
    private long checkCount(long count) {
        if (core == null) {
            return PhysMemError.NOT_INITIALIZED.code();
        }
        if (count == 0) {
            return rejectAlloc(PhysMemError.ZERO_ALLOCATION);
        }
        if (count < 0 || Physmem.pagesToOrder(count) >= maxOrder) {
            return rejectAlloc(PhysMemError.ALLOCATION_TOO_LARGE);
        }
        return Physmem.pagesToOrder(count);
    }

    /** The min watermark for a non-critical request: {@code order}, or the code of the refusal. */
    private long checkReserve(int order, boolean critical) {
        if (!critical && !BuddyModel.admits(core.freePages(), order, minWatermark)) {
            return rejectAlloc(PhysMemError.OUT_OF_MEMORY);
        }
        return order;
    }

    /** Counts the core's answer to an allocation of {@code order} and turns it into an address. */
    private long accepted(int page, int order) {
        if (page < 0) { // the core's error codes are PhysMemError's primitive codes
            return rejectAlloc(PhysMemError.fromCode(page));
        }
        successfulAllocations++;
        splits += core.lastSplits();
        allocationsByOrder[order]++;
        peakUsedPages = Math.max(peakUsedPages, core.usedPages());
        return (originPfn + page) << pageShift;
    }

    @Override
    public long allocPagesConstrainedRaw(long count, int alignOrder, long lowAddr, long highAddr, boolean critical) {
        long checked = checkCount(count);
        if (checked < 0) {
            return checked;
        }
        if (alignOrder < 0 || alignOrder >= maxOrder) {
            return rejectAlloc(PhysMemError.INVALID_ORDER);
        }
        if (lowAddr < 0 || highAddr < lowAddr) {
            return rejectAlloc(PhysMemError.ADDRESS_OUT_OF_RANGE);
        }
        int order = (int) checked;
        long reserved = checkReserve(order, critical);
        if (reserved < 0) {
            return reserved;
        }
        // The window in whole pages, relative to the core's origin and clamped to its span.
        long lowPfn = (lowAddr >> pageShift) + ((lowAddr & (pageSize() - 1)) != 0 ? 1 : 0);
        long highPfn = highAddr >> pageShift;
        int lo = (int) Math.min(Math.max(lowPfn - originPfn, 0), core.span());
        int hi = (int) Math.min(Math.max(highPfn - originPfn, 0), core.span());
        return accepted(core.allocConstrained(order, alignOrder, lo, Math.max(lo, hi)), order);
    }

    @Override
    public int allocPagesBulk(int order, int n, long[] out, boolean critical) {
        int checked = checkBulk(order, n, out);
        if (checked <= 0) {
            return checked;
        }
        int filled = 0;
        while (filled < n) {
            long addr = allocPagesRaw(1L << order, critical);
            if (addr < 0) {
                break;
            }
            out[filled++] = addr;
        }
        return filled;
    }

    @Override
    public int allocPagesBulkExact(int order, int n, long[] out, boolean critical) {
        int checked = checkBulk(order, n, out);
        if (checked <= 0) {
            return checked;
        }
        boolean belowMin = !critical && core.freePages() - ((long) n << order) < minWatermark;
        if (core.suitableBlocks(order) < n || belowMin) {
            return (int) rejectAlloc(PhysMemError.OUT_OF_MEMORY);
        }
        return allocPagesBulk(order, n, out, critical);
    }

    /** The argument checks of both bulk calls: 1 to go on, or 0 or the code to return. */
    private int checkBulk(int order, int n, long[] out) {
        Objects.checkFromIndexSize(0, n, Objects.requireNonNull(out, "out").length);
        if (core == null) {
            return PhysMemError.NOT_INITIALIZED.code();
        }
        if (order < 0 || order >= maxOrder) {
            return (int) rejectAlloc(PhysMemError.INVALID_ORDER);
        }
        return n == 0 ? 0 : 1;
    }

    private long rejectAlloc(PhysMemError error) {
        failedAllocations++;
        return error.code();
    }

    @Override
    public int freePagesRaw(long addr, long count) {
        if (core == null) {
            return PhysMemError.NOT_INITIALIZED.code();
        }
        if (count == 0) {
            return rejectFree(PhysMemError.ZERO_ALLOCATION);
        }
        if ((addr & (pageSize() - 1)) != 0) {
            return rejectFree(PhysMemError.UNALIGNED_ADDRESS);
        }
        int page = corePage(addr);
        if (page < 0 || !core.isUsable(page)) {
            return rejectFree(PhysMemError.ADDRESS_OUT_OF_RANGE);
        }
        if (count < 0 || Physmem.pagesToOrder(count) >= maxOrder) {
            return rejectFree(PhysMemError.ALLOCATION_TOO_LARGE);
        }
        int order = Physmem.pagesToOrder(count);
        int result = core.free(page, order);
        if (result != BuddyModel.OK) {
            return rejectFree(PhysMemError.fromCode(result));
        }
        frees++;
        coalesces += core.lastCoalesces();
        freesByOrder[order]++;
        return 0;
    }

    private int rejectFree(PhysMemError error) {
        rejectedFrees++;
        return error.code();
    }

    /** The core page of {@code addr}, or -1 outside the core's span. */
    private int corePage(long addr) {
        if (addr < 0) {
            return -1;
        }
        long rel = (addr >> pageShift) - originPfn;
        return rel >= 0 && rel < core.span() ? (int) rel : -1;
    }

    @Override
    public boolean contains(PhysAddr addr) {
        Objects.requireNonNull(addr, "addr");
        if (core == null) {
            return false;
        }
        int page = corePage(addr.asLong());
        return page >= 0 && core.isUsable(page);
    }

    @Override
    public long freePageCount() {
        return core == null ? 0 : core.freePages();
    }

    @Override
    public long usedPages() {
        return core == null ? 0 : core.usedPages();
    }

    @Override
    public long totalPages() {
        return core == null ? 0 : core.totalPages();
    }

    @Override
    public PhysAddr baseAddr() {
        return core == null ? PhysAddr.NULL : PhysAddr.of(map.startPfn() << pageShift);
    }

    @Override
    public PhysAddr endAddr() {
        return core == null ? PhysAddr.NULL : PhysAddr.of(map.endPfn() << pageShift);
    }

    @Override
    public long freeBlocksAtOrder(int order) {
        return core == null ? 0 : core.freeBlocks(order);
    }

    @Override
    public List<OrderStats> orderStats() {
        List<OrderStats> stats = new ArrayList<>(maxOrder);
        for (int k = 0; k < maxOrder; k++) {
            stats.add(
                    core == null
                            ? new OrderStats(0, 0, 0)
                            : new OrderStats(core.freeBlocks(k), allocationsByOrder[k], freesByOrder[k]));
        }
        return List.copyOf(stats);
    }

    @Override
    public AllocatorStats stats() {
        if (core == null) {
            return AllocatorStats.empty(pageSize());
        }
        return new AllocatorStats(
                pageSize(),
                core.totalPages(),
                core.freePages(),
                successfulAllocations,
                failedAllocations,
                frees,
                rejectedFrees,
                splits,
                coalesces,
                peakUsedPages);
    }

    @Override
    public int allocatedOrderRaw(long addr) {
        if (core == null || (addr & (pageSize() - 1)) != 0) {
            return -1;
        }
        int page = corePage(addr);
        return page < 0 ? -1 : core.allocatedOrderAt(page);
    }

    @Override
    public long nextAllocatedBlock(long fromAddr) {
        if (core == null) {
            return -1;
        }
        long from = Math.max(0, fromAddr);
        long fromPfn = (from >> pageShift) + ((from & (pageSize() - 1)) != 0 ? 1 : 0);
        long rel = Math.max(0, fromPfn - originPfn);
        if (rel >= core.span()) {
            return -1;
        }
        int page = core.nextAllocated((int) rel);
        return page < 0 ? -1 : (originPfn + page) << pageShift;
    }

    @Override
    public long suitableBlocks(int order) {
        requireOrder(order);
        return core == null ? 0 : core.suitableBlocks(order);
    }

    @Override
    public int fragmentationIndex(int order) {
        requireOrder(order);
        return core == null
                ? 0
                : (int) BuddyModel.fragmentationIndex(
                        core.freePages(), core.freeBlocksTotal(), core.suitableBlocks(order), order);
    }

    @Override
    public int unusableFreeSpaceIndex(int order) {
        requireOrder(order);
        return core == null
                ? 1000
                : (int) BuddyModel.unusableFreeSpaceIndex(core.freePages(), core.suitableBlocks(order), order);
    }

    private void requireOrder(int order) {
        if (order < 0 || order >= maxOrder) {
            throw new PhysMemException(PhysMemError.INVALID_ORDER, "order " + order + " outside 0.." + (maxOrder - 1));
        }
    }

    @Override
    public void setWatermarks(long minPages, long lowPages) {
        if (minPages < 0 || lowPages < minPages) {
            throw new IllegalArgumentException(
                    "watermarks need 0 <= min <= low, got min " + minPages + ", low " + lowPages);
        }
        minWatermark = minPages;
        lowWatermark = lowPages;
    }

    @Override
    public long minWatermark() {
        return minWatermark;
    }

    @Override
    public long lowWatermark() {
        return lowWatermark;
    }

    @Override
    public int largestFreeOrder() {
        return core == null ? -1 : core.largestFreeOrder();
    }

    @Override
    public List<Block> freeBlocks() {
        List<Block> blocks = new ArrayList<>();
        if (core != null) {
            for (int page = 0; page < core.span(); page++) {
                int order = core.freeOrderAt(page);
                if (order >= 0) {
                    blocks.add(new Block(PhysAddr.of((originPfn + page) << pageShift), order));
                }
            }
        }
        return List.copyOf(blocks);
    }

    /** The memory map under management, or {@code null} if uninitialized. */
    public MemoryMap memoryMap() {
        return map;
    }

    /** Runs the core's imperative check of invariants I1..I5; true when uninitialized. */
    public boolean checkInvariants() {
        return core == null || core.checkInvariants();
    }
}
