package ruvix.physmem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A buddy page-frame allocator: the crate's {@code BuddyAllocator} API, implemented by the
 * reference model and by every generated allocator with exactly the same results.
 *
 * <p>Counts are in the allocator's pages ({@link #pageSize()} bytes). A request for {@code count}
 * pages is served by a block of order {@code k = Physmem.pagesToOrder(count)}, that is {@code
 * 2^k} pages, and must be freed with a count of the same order.
 *
 * <p><b>Allocation</b> checks, in this order: {@link PhysMemError#NOT_INITIALIZED}, {@link
 * PhysMemError#ZERO_ALLOCATION} ({@code count == 0}), {@link PhysMemError#ALLOCATION_TOO_LARGE}
 * ({@code k >= maxOrder()} or {@code count < 0}), {@link PhysMemError#OUT_OF_MEMORY}. It takes the
 * free block of the smallest sufficient order with the lowest address and splits it down, the
 * upper halves becoming free, so the same calls always give the same addresses.
 *
 * <p><b>Free</b> checks, in this order: {@code NOT_INITIALIZED}, {@code ZERO_ALLOCATION}, {@link
 * PhysMemError#UNALIGNED_ADDRESS}, {@link PhysMemError#ADDRESS_OUT_OF_RANGE} (the page is not
 * usable), {@code ALLOCATION_TOO_LARGE}, then {@link PhysMemError#SIZE_MISMATCH} (a block of
 * another order was allocated there) or {@link PhysMemError#NOT_ALLOCATED} (no allocated block
 * starts there: never allocated, freed twice, or inside a block). An accepted free merges the
 * block with its free buddies as far as possible.
 *
 * <p>A rejected call changes nothing but the counter of rejected calls. {@code null} arguments
 * are programming errors and throw {@link NullPointerException} before anything changes.
 */
public interface PageAllocator {

    /** log2 of this allocator's page size. */
    int pageShift();

    /** Bytes per page. */
    default long pageSize() {
        return 1L << pageShift();
    }

    /** Exclusive bound on block orders: blocks hold {@code 1 .. 2^(maxOrder-1)} pages. */
    int maxOrder();

    /** Whether the allocator manages memory (constructed with memory, or {@code init} succeeded). */
    boolean isInitialized();

    /**
     * The primitive allocation entry point, free of heap allocation: the address ({@code >= 0})
     * of a block of at least {@code count} pages, or the {@link PhysMemError#code() code} ({@code
     * < 0}) of the rejection. A normal (non-critical) request: see {@link #allocPagesRaw(long,
     * boolean)}.
     */
    default long allocPagesRaw(long count) {
        return allocPagesRaw(count, false);
    }

    /**
     * The primitive allocation entry point with the caller's class. A non-critical request is
     * also refused with {@link PhysMemError#OUT_OF_MEMORY} (a failed allocation) when its block
     * would take the free pages below the {@link #minWatermark() min watermark}, checked after
     * {@code ALLOCATION_TOO_LARGE}; a critical one may use the reserve, as a kernel's atomic or
     * reclaim paths do. With the default watermarks (0) both classes behave alike.
     */
    long allocPagesRaw(long count, boolean critical);

    /**
     * The primitive free entry point, free of heap allocation: 0, or the {@link
     * PhysMemError#code() code} ({@code < 0}) of the rejection. A negative {@code addr} is out of
     * range.
     */
    int freePagesRaw(long addr, long count);

    /** Allocates {@code count} contiguous pages; empty if the call is rejected. */
    default Optional<PhysAddr> allocPages(long count) {
        long result = allocPagesRaw(count);
        return result < 0 ? Optional.empty() : Optional.of(PhysAddr.of(result));
    }

    /**
     * Allocates {@code count} contiguous pages.
     *
     * @throws PhysMemException with the reason of a rejection
     */
    default PhysAddr tryAllocPages(long count) {
        long result = allocPagesRaw(count);
        if (result < 0) {
            throw new PhysMemException(PhysMemError.fromCode(result));
        }
        return PhysAddr.of(result);
    }

    /**
     * Frees the block of {@code count} pages at {@code addr}.
     *
     * @throws PhysMemException with the reason of a rejection
     */
    default void tryFreePages(PhysAddr addr, long count) {
        int result = freePagesRaw(Objects.requireNonNull(addr, "addr").asLong(), count);
        if (result < 0) {
            throw new PhysMemException(PhysMemError.fromCode(result));
        }
    }

    /**
     * Frees the block of {@code count} pages at {@code addr}. Unlike the crate, which ignores a
     * bad free in release builds, a rejection is reported.
     *
     * @throws PhysMemException with the reason of a rejection
     */
    default void deallocPages(PhysAddr addr, long count) {
        tryFreePages(addr, count);
    }

    /**
     * Allocates a {@link PageFrame}. Frames describe the crate's geometry (4 KiB pages, orders
     * below {@link Physmem#MAX_ORDER}), so this is empty, without touching the allocator, on an
     * allocator with another page size or when {@code count} has no {@link PageOrder}; otherwise
     * it is {@link #allocPages}.
     */
    default Optional<PageFrame> allocFrame(long count) {
        Optional<PageOrder> order = PageOrder.fromPages(count);
        if (pageShift() != Physmem.PAGE_SHIFT || order.isEmpty()) {
            return Optional.empty();
        }
        return allocPages(count).map(addr -> new PageFrame(addr, order.get()));
    }

    /**
     * Frees a frame obtained from {@link #allocFrame}.
     *
     * @throws PhysMemException with the reason of a rejection; {@link PhysMemError#INVALID_ORDER}
     *     on an allocator whose pages are not the crate's 4 KiB
     */
    default void freeFrame(PageFrame frame) {
        Objects.requireNonNull(frame, "frame");
        if (pageShift() != Physmem.PAGE_SHIFT) {
            throw new PhysMemException(PhysMemError.INVALID_ORDER, "frames describe 4 KiB pages");
        }
        tryFreePages(frame.addr(), frame.pages());
    }

    /** Whether the page holding {@code addr} is usable memory of this allocator. */
    boolean contains(PhysAddr addr);

    /** Frees everything: back to the state right after init, with every counter zero. No-op if uninitialized. */
    void reset();

    /**
     * (Re)initializes with {@code totalPages} pages from {@code base}, as the crate's {@code init}.
     *
     * @throws PhysMemException {@code UNALIGNED_ADDRESS} if {@code base} is not page-aligned,
     *     {@code ZERO_ALLOCATION} if {@code totalPages < 1}, {@code ALLOCATION_TOO_LARGE} if the
     *     memory exceeds the allocator's capacity or the address space; the state is then unchanged
     */
    void init(PhysAddr base, long totalPages);

    /**
     * (Re)initializes with a memory map.
     *
     * @throws PhysMemException {@code UNALIGNED_ADDRESS} if the map's page size is not this
     *     allocator's, {@code ALLOCATION_TOO_LARGE} if it exceeds the allocator's capacity; the
     *     state is then unchanged
     */
    void init(MemoryMap map);

    /** Pages in free blocks. */
    long freePageCount();

    /** Pages in allocated blocks. */
    long usedPages();

    /** Usable pages under management. */
    long totalPages();

    /** The start of the lowest region ({@link PhysAddr#NULL} if uninitialized). */
    PhysAddr baseAddr();

    /** The end of the highest region ({@link PhysAddr#NULL} if uninitialized). */
    PhysAddr endAddr();

    /** Free blocks of {@code order}; 0 for an order outside {@code 0 .. maxOrder()-1}. */
    long freeBlocksAtOrder(int order);

    /** Per-order statistics, one entry per order {@code 0 .. maxOrder()-1}. */
    List<OrderStats> orderStats();

    /** A snapshot of the statistics. */
    AllocatorStats stats();

    /** The order of the allocated block that starts at {@code addr}, or empty. */
    default OptionalInt allocatedOrder(PhysAddr addr) {
        int order = allocatedOrderRaw(Objects.requireNonNull(addr, "addr").asLong());
        return order < 0 ? OptionalInt.empty() : OptionalInt.of(order);
    }

    /** The largest order with a free block, or -1 if nothing is free. */
    int largestFreeOrder();

    /** A snapshot of every free block, in address order. */
    List<Block> freeBlocks();

    // Constrained and bulk allocation.

    /**
     * The primitive constrained allocation: a block of {@code 2^k} pages, {@code k =
     * Physmem.pagesToOrder(count)}, whose address is a multiple of {@code 2^alignOrder} pages and
     * which lies wholly inside {@code [lowAddr, highAddr)} (e.g. below 4 GiB for a 32-bit DMA
     * engine). Returns its address, or the code of the rejection.
     *
     * <p>Checks, in this order: {@code NOT_INITIALIZED}, {@code ZERO_ALLOCATION}, {@code
     * ALLOCATION_TOO_LARGE} (as {@link #allocPagesRaw(long)}), {@link PhysMemError#INVALID_ORDER}
     * ({@code alignOrder} outside {@code 0 .. maxOrder()-1}), {@link
     * PhysMemError#ADDRESS_OUT_OF_RANGE} ({@code lowAddr < 0} or {@code highAddr < lowAddr}), the
     * min watermark for a non-critical request, then {@code OUT_OF_MEMORY} when no block fits.
     *
     * <p>The choice, with {@code e = max(k, alignOrder)}: the smallest order {@code j >= e} that
     * has a free block holding a {@code 2^e}-aligned page {@code p >= lowAddr} with {@code p +
     * 2^k <= highAddr}; of order {@code j}'s free blocks the lowest such one, and in it the lowest
     * such {@code p}. That block is split down to {@code (p, k)}, every half that does not hold
     * {@code p} becoming free (one split each). An alignment above the block's order is served
     * from free blocks of at least the alignment's order, so the search is one find-next per order
     * in the generated code. Without constraints ({@code alignOrder 0}, the whole address space)
     * this is exactly {@link #allocPagesRaw(long, boolean)}. Counted like any allocation.
     */
    long allocPagesConstrainedRaw(long count, int alignOrder, long lowAddr, long highAddr, boolean critical);

    /**
     * A non-critical {@link #allocPagesConstrainedRaw constrained allocation} of {@code count}
     * pages aligned to {@code 2^alignOrder} pages inside {@code [low, high)}; empty if rejected.
     */
    default Optional<PhysAddr> allocPagesConstrained(long count, int alignOrder, PhysAddr low, PhysAddr high) {
        long result = allocPagesConstrainedRaw(
                count,
                alignOrder,
                Objects.requireNonNull(low, "low").asLong(),
                Objects.requireNonNull(high, "high").asLong(),
                false);
        return result < 0 ? Optional.empty() : Optional.of(PhysAddr.of(result));
    }

    /**
     * Bulk allocation, free of heap allocation: up to {@code n} blocks of {@code 2^order} pages,
     * their addresses written to {@code out[0 .. r)}; returns {@code r}, or the code of a
     * rejection. It is exactly the loop of {@code n} calls {@code allocPagesRaw(2^order,
     * critical)} that stops at the first refusal (counted as that call would be: so a bulk that
     * comes up short counts one failed allocation); {@code n == 0} does nothing and returns 0.
     *
     * <p>Checks, in this order: {@code n} outside {@code 0 .. out.length} throws {@link
     * IndexOutOfBoundsException} and a {@code null out} {@link NullPointerException}, before
     * anything changes (programming errors, like every {@code null} argument); then {@code
     * NOT_INITIALIZED}, {@link PhysMemError#INVALID_ORDER} ({@code order} outside {@code 0 ..
     * maxOrder()-1}, a failed allocation).
     */
    int allocPagesBulk(int order, int n, long[] out, boolean critical);

    /**
     * All-or-nothing bulk allocation: exactly {@code n} blocks as {@link #allocPagesBulk}, or
     * {@link PhysMemError#OUT_OF_MEMORY} (one failed allocation, nothing else changed) when the
     * free blocks cannot give {@code n} blocks of the order (fewer than {@code n} {@link
     * #suitableBlocks suitable blocks}) or, for a non-critical request, when they would take the
     * free pages below the min watermark. Returns {@code n} or the code of the rejection; same
     * argument checks as {@link #allocPagesBulk}.
     */
    int allocPagesBulkExact(int order, int n, long[] out, boolean critical);

    // Introspection.

    /**
     * The primitive form of {@link #allocatedOrder}: the order of the allocated block that starts
     * at {@code addr}, or -1 (none, unaligned, out of range, negative, or uninitialized).
     */
    int allocatedOrderRaw(long addr);

    /**
     * The lowest address {@code >= fromAddr} at which an allocated block starts, or -1 if there is
     * none (or the allocator is uninitialized); a negative {@code fromAddr} starts at 0. Together
     * with {@link #allocatedOrderRaw} this walks the live blocks in address order without any
     * heap allocation.
     */
    long nextAllocatedBlock(long fromAddr);

    /** Receives one allocated block of a {@link #forEachAllocatedBlock walk}. */
    @FunctionalInterface
    interface BlockVisitor {
        void visit(long addr, int order);
    }

    /**
     * Calls {@code visitor} with every allocated block in address order, allocating nothing per
     * block. The visitor must not allocate or free on this allocator during the walk.
     */
    default void forEachAllocatedBlock(BlockVisitor visitor) {
        Objects.requireNonNull(visitor, "visitor");
        for (long addr = nextAllocatedBlock(0); addr >= 0; addr = nextAllocatedBlock(addr + 1)) {
            visitor.visit(addr, allocatedOrderRaw(addr));
        }
    }

    /** A snapshot of every allocated block, in address order. */
    default List<Block> allocatedBlocks() {
        List<Block> blocks = new ArrayList<>();
        forEachAllocatedBlock((addr, order) -> blocks.add(new Block(PhysAddr.of(addr), order)));
        return List.copyOf(blocks);
    }

    // Fragmentation, as Linux measures it, in exact integers (thousandths).

    /**
     * Free blocks of order {@code >= order} counted in blocks of {@code order} (a free block of
     * order {@code j} holds {@code 2^(j-order)} of them): how many blocks of {@code order} can be
     * allocated one after another from the current free blocks.
     *
     * @throws PhysMemException {@code INVALID_ORDER} for an order outside {@code 0 .. maxOrder()-1}
     */
    default long suitableBlocks(int order) {
        requireOrder(order);
        long suitable = 0;
        for (int j = order; j < maxOrder(); j++) {
            suitable += freeBlocksAtOrder(j) << (j - order);
        }
        return suitable;
    }

    /**
     * Linux's fragmentation index for a request of {@code order}: -1000 when a suitable block
     * exists; otherwise {@code 1000 - (1000 + freePages*1000/2^order) / freeBlocksTotal}, towards
     * 1000 when the request fails for fragmentation and towards 0 when for lack of memory; 0 when
     * nothing is free.
     *
     * @throws PhysMemException {@code INVALID_ORDER} for an order outside {@code 0 .. maxOrder()-1}
     */
    default int fragmentationIndex(int order) {
        requireOrder(order);
        long blocks = 0;
        for (int j = 0; j < maxOrder(); j++) {
            blocks += freeBlocksAtOrder(j);
        }
        if (blocks == 0) {
            return 0;
        }
        if (suitableBlocks(order) > 0) {
            return -1000;
        }
        return (int) (1000 - (1000 + freePageCount() * 1000 / (1L << order)) / blocks);
    }

    /**
     * Linux's unusable free space index for {@code order}: the thousandths of the free pages that
     * cannot serve a request of that order, {@code (freePages - suitableBlocks*2^order) * 1000 /
     * freePages}; 1000 when nothing is free.
     *
     * @throws PhysMemException {@code INVALID_ORDER} for an order outside {@code 0 .. maxOrder()-1}
     */
    default int unusableFreeSpaceIndex(int order) {
        long suitablePages = suitableBlocks(order) << order;
        long free = freePageCount();
        return free == 0 ? 1000 : (int) ((free - suitablePages) * 1000 / free);
    }

    /**
     * The free blocks per order in the shape of Linux's {@code /proc/buddyinfo}: {@code "Node 0,
     * zone  physmem"} and one right-aligned count per order, lowest order first.
     */
    default String buddyinfo() {
        StringBuilder line = new StringBuilder(String.format("Node 0, zone %8s ", "physmem"));
        for (int j = 0; j < maxOrder(); j++) {
            line.append(String.format("%6d ", freeBlocksAtOrder(j)));
        }
        return line.toString();
    }

    private void requireOrder(int order) {
        if (order < 0 || order >= maxOrder()) {
            throw new PhysMemException(
                    PhysMemError.INVALID_ORDER, "order " + order + " outside 0.." + (maxOrder() - 1));
        }
    }

    // Watermarks.

    /**
     * Sets the free-page watermarks, kept across {@code reset} and {@code init}: below {@code
     * lowPages} the allocator reports {@link WatermarkLevel#BELOW_LOW} (time to reclaim), and a
     * non-critical allocation that would take the free pages below {@code minPages} is refused.
     * Both are 0 until set.
     *
     * @throws IllegalArgumentException unless {@code 0 <= minPages <= lowPages}; nothing changes
     */
    void setWatermarks(long minPages, long lowPages);

    /** The min watermark in pages: the reserve only critical requests may use. */
    long minWatermark();

    /** The low watermark in pages. */
    long lowWatermark();

    /** Which watermark the free pages are under. */
    default WatermarkLevel watermarkLevel() {
        long free = freePageCount();
        if (free < minWatermark()) {
            return WatermarkLevel.BELOW_MIN;
        }
        return free < lowWatermark() ? WatermarkLevel.BELOW_LOW : WatermarkLevel.OK;
    }
}
