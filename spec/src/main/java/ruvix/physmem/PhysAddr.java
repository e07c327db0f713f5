package ruvix.physmem;

/**
 * A physical address: an immutable, non-negative byte address. Page arithmetic uses the crate's
 * 4 KiB page ({@link Physmem#PAGE_SIZE}). Arithmetic never wraps: a result that does not fit in a
 * non-negative {@code long} throws {@link ArithmeticException}.
 */
public final class PhysAddr implements Comparable<PhysAddr> {
    /** Address zero. */
    public static final PhysAddr NULL = new PhysAddr(0);

    private final long addr;

    private PhysAddr(long addr) {
        this.addr = addr;
    }

    /**
     * The address {@code addr}.
     *
     * @throws IllegalArgumentException if {@code addr} is negative
     */
    public static PhysAddr of(long addr) {
        if (addr < 0) {
            throw new IllegalArgumentException("physical address must not be negative: " + addr);
        }
        return addr == 0 ? NULL : new PhysAddr(addr);
    }

    /**
     * The address of page frame number {@code pfn}.
     *
     * @throws IllegalArgumentException if {@code pfn} is negative
     * @throws ArithmeticException if the address does not fit
     */
    public static PhysAddr fromPfn(long pfn) {
        if (pfn < 0) {
            throw new IllegalArgumentException("page frame number must not be negative: " + pfn);
        }
        if (pfn > (Long.MAX_VALUE >> Physmem.PAGE_SHIFT)) {
            throw new ArithmeticException("page frame number too large: " + pfn);
        }
        return of(pfn << Physmem.PAGE_SHIFT);
    }

    public long asLong() {
        return addr;
    }

    /** The page frame number: {@code addr >> PAGE_SHIFT}. */
    public long pfn() {
        return addr >>> Physmem.PAGE_SHIFT;
    }

    /** The offset within the page. */
    public long pageOffset() {
        return addr & (Physmem.PAGE_SIZE - 1);
    }

    public boolean isPageAligned() {
        return Physmem.isPageAligned(addr);
    }

    public boolean isNull() {
        return addr == 0;
    }

    public PhysAddr alignDown() {
        return of(Physmem.alignDown(addr));
    }

    /** @throws ArithmeticException if rounding up overflows */
    public PhysAddr alignUp() {
        return of(Physmem.alignUp(addr));
    }

    /**
     * This address plus {@code pages} pages.
     *
     * @throws IllegalArgumentException if {@code pages} is negative
     * @throws ArithmeticException if the result overflows
     */
    public PhysAddr addPages(long pages) {
        requireNonNegative(pages, "pages");
        return of(Math.addExact(addr, Math.multiplyExact(pages, Physmem.PAGE_SIZE)));
    }

    /**
     * This address minus {@code pages} pages.
     *
     * @throws IllegalArgumentException if {@code pages} is negative
     * @throws ArithmeticException if the result would be below zero
     */
    public PhysAddr subPages(long pages) {
        requireNonNegative(pages, "pages");
        long result = Math.subtractExact(addr, Math.multiplyExact(pages, Physmem.PAGE_SIZE));
        if (result < 0) {
            throw new ArithmeticException("address underflows below zero: " + this + " - " + pages + " pages");
        }
        return of(result);
    }

    /**
     * This address plus {@code bytes} bytes.
     *
     * @throws IllegalArgumentException if {@code bytes} is negative
     * @throws ArithmeticException if the result overflows
     */
    public PhysAddr addBytes(long bytes) {
        requireNonNegative(bytes, "bytes");
        return of(Math.addExact(addr, bytes));
    }

    /** Whole pages from this address up to {@code other}; 0 if {@code other} is below this one. */
    public long pagesTo(PhysAddr other) {
        return other.addr >= addr ? (other.addr - addr) / Physmem.PAGE_SIZE : 0;
    }

    /** Whether {@code start <= this < end}. */
    public boolean isInRange(PhysAddr start, PhysAddr end) {
        return addr >= start.addr && addr < end.addr;
    }

    /**
     * Whether the address is a multiple of {@code 2^order} pages. Orders beyond the address width
     * are satisfied by address zero only; a negative order is never satisfied.
     */
    public boolean isOrderAligned(int order) {
        if (order < 0) {
            return false;
        }
        int shift = Physmem.PAGE_SHIFT + order;
        if (shift >= 63) {
            return addr == 0;
        }
        return (addr & ((1L << shift) - 1)) == 0;
    }

    @Override
    public int compareTo(PhysAddr other) {
        return Long.compare(addr, other.addr);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhysAddr other && other.addr == addr;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(addr);
    }

    /** Hexadecimal, as the crate prints it: {@code 0x10000000}. */
    @Override
    public String toString() {
        return "0x" + Long.toHexString(addr);
    }

    private static void requireNonNegative(long value, String what) {
        if (value < 0) {
            throw new IllegalArgumentException(what + " must not be negative: " + value);
        }
    }
}
