package ruvix.physmem;

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
     * < 0}) of the rejection.
     */
    long allocPagesRaw(long count);

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
    OptionalInt allocatedOrder(PhysAddr addr);

    /** The largest order with a free block, or -1 if nothing is free. */
    int largestFreeOrder();

    /** A snapshot of every free block, in address order. */
    List<Block> freeBlocks();
}
