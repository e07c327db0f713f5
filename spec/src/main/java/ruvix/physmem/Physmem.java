package ruvix.physmem;

/**
 * Constants and helper functions of the crate's geometry: 4 KiB pages and block orders
 * {@code 0 .. MAX_ORDER-1}. Allocators built from other profiles carry their own geometry
 * ({@link PageAllocator#pageShift()}, {@link PageAllocator#maxOrder()}); these helpers are the
 * crate's defaults.
 */
public final class Physmem {
    /** log2 of the page size. */
    public static final int PAGE_SHIFT = 12;
    /** Page size in bytes (4 KiB). */
    public static final long PAGE_SIZE = 1L << PAGE_SHIFT;
    /** Exclusive bound on block orders: the largest block has order {@code MAX_ORDER - 1}. */
    public static final int MAX_ORDER = 10;
    /** The smallest order: a single page. */
    public static final int MIN_ORDER = 0;
    /** Pages in the largest block (512). */
    public static final long MAX_BLOCK_PAGES = 1L << (MAX_ORDER - 1);
    /** Bytes in the largest block (2 MiB). */
    public static final long MAX_BLOCK_SIZE = MAX_BLOCK_PAGES * PAGE_SIZE;

    private Physmem() {}

    /**
     * The smallest order {@code n} with {@code 2^n >= pages}; 0 for 0 pages, as in the crate.
     *
     * @throws IllegalArgumentException if {@code pages} is negative
     */
    public static int pagesToOrder(long pages) {
        if (pages < 0) {
            throw new IllegalArgumentException("page count must not be negative: " + pages);
        }
        return pages <= 1 ? 0 : 64 - Long.numberOfLeadingZeros(pages - 1);
    }

    /**
     * {@code 2^order} pages.
     *
     * @throws IllegalArgumentException unless {@code 0 <= order <= 62}
     */
    public static long orderToPages(int order) {
        if (order < 0 || order > 62) {
            throw new IllegalArgumentException("order out of range 0..62: " + order);
        }
        return 1L << order;
    }

    /**
     * {@code 2^order} pages in bytes.
     *
     * @throws IllegalArgumentException unless {@code 0 <= order <= 62 - PAGE_SHIFT}
     */
    public static long orderToBytes(int order) {
        if (order < 0 || order > 62 - PAGE_SHIFT) {
            throw new IllegalArgumentException("order out of range 0.." + (62 - PAGE_SHIFT) + ": " + order);
        }
        return PAGE_SIZE << order;
    }

    /** Whether {@code addr} is a multiple of {@link #PAGE_SIZE}. */
    public static boolean isPageAligned(long addr) {
        return (addr & (PAGE_SIZE - 1)) == 0;
    }

    /**
     * {@code addr} rounded down to a page boundary.
     *
     * @throws IllegalArgumentException if {@code addr} is negative
     */
    public static long alignDown(long addr) {
        requireAddress(addr);
        return addr & -PAGE_SIZE;
    }

    /**
     * {@code addr} rounded up to a page boundary.
     *
     * @throws IllegalArgumentException if {@code addr} is negative
     * @throws ArithmeticException if the result does not fit in a non-negative {@code long}
     */
    public static long alignUp(long addr) {
        requireAddress(addr);
        return Math.addExact(addr, PAGE_SIZE - 1) & -PAGE_SIZE;
    }

    private static void requireAddress(long addr) {
        if (addr < 0) {
            throw new IllegalArgumentException("physical address must not be negative: " + addr);
        }
    }
}
