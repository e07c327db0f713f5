package ruvix.physmem;

import java.util.Optional;

/** A block order of the crate's geometry: {@code 0 <= order < MAX_ORDER}, a block of {@code 2^order} pages. */
public final class PageOrder implements Comparable<PageOrder> {
    private static final PageOrder[] ORDERS = new PageOrder[Physmem.MAX_ORDER];

    static {
        for (int k = 0; k < ORDERS.length; k++) {
            ORDERS[k] = new PageOrder(k);
        }
    }

    /** Order 0: a single page. */
    public static final PageOrder MIN = ORDERS[Physmem.MIN_ORDER];
    /** The largest order, {@code MAX_ORDER - 1}. */
    public static final PageOrder MAX = ORDERS[Physmem.MAX_ORDER - 1];

    private final int order;

    private PageOrder(int order) {
        this.order = order;
    }

    /** The order, or empty unless {@code 0 <= order < MAX_ORDER}. */
    public static Optional<PageOrder> of(int order) {
        return order >= 0 && order < Physmem.MAX_ORDER ? Optional.of(ORDERS[order]) : Optional.empty();
    }

    /** The smallest order holding {@code pages} pages; empty for 0, negative or more than 512 pages. */
    public static Optional<PageOrder> fromPages(long pages) {
        return pages <= 0 ? Optional.empty() : of(Physmem.pagesToOrder(pages));
    }

    /** The smallest order holding {@code bytes} bytes; empty for 0, negative or more than 2 MiB. */
    public static Optional<PageOrder> fromBytes(long bytes) {
        if (bytes <= 0) {
            return Optional.empty();
        }
        return fromPages(bytes / Physmem.PAGE_SIZE + (bytes % Physmem.PAGE_SIZE == 0 ? 0 : 1));
    }

    public int asInt() {
        return order;
    }

    public long pages() {
        return 1L << order;
    }

    public long bytes() {
        return Physmem.PAGE_SIZE << order;
    }

    /** The next larger order, or empty at {@link #MAX}. */
    public Optional<PageOrder> next() {
        return of(order + 1);
    }

    /** The next smaller order, or empty at {@link #MIN}. */
    public Optional<PageOrder> prev() {
        return of(order - 1);
    }

    @Override
    public int compareTo(PageOrder other) {
        return Integer.compare(order, other.order);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PageOrder other && other.order == order;
    }

    @Override
    public int hashCode() {
        return order;
    }

    @Override
    public String toString() {
        return "order " + order + " (" + pages() + " pages, " + bytes() + " bytes)";
    }
}
