package ruvix.physmem;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A block of {@code 2^order} pages of the crate's geometry starting at {@code addr}.
 *
 * @param addr the first byte of the block
 * @param order the block's order
 */
public record PageFrame(PhysAddr addr, PageOrder order) {
    public PageFrame {
        Objects.requireNonNull(addr, "addr");
        Objects.requireNonNull(order, "order");
    }

    /** A single page at {@code addr}. */
    public static PageFrame singlePage(PhysAddr addr) {
        return new PageFrame(addr, PageOrder.MIN);
    }

    public long pages() {
        return order.pages();
    }

    public long bytes() {
        return order.bytes();
    }

    /**
     * The first byte after the block.
     *
     * @throws ArithmeticException if it does not fit
     */
    public PhysAddr endAddr() {
        return addr.addBytes(bytes());
    }

    public long pfn() {
        return addr.pfn();
    }

    /** Whether {@code other} lies inside the block. */
    public boolean contains(PhysAddr other) {
        return other.asLong() >= addr.asLong() && other.asLong() - addr.asLong() < bytes();
    }

    /** The two halves, lower first; empty for a single page. */
    public Optional<List<PageFrame>> split() {
        return order.prev()
                .map(half -> List.of(new PageFrame(addr, half), new PageFrame(addr.addBytes(half.bytes()), half)));
    }

    /** The address of the buddy: the other half of the block of the next order. */
    public PhysAddr buddyAddr() {
        return PhysAddr.of(addr.asLong() ^ bytes());
    }

    /**
     * The block of the next order made of this block and {@code buddy}; empty unless {@code buddy}
     * has the same order and is this block's buddy, or if the merged order would reach {@code
     * MAX_ORDER}.
     */
    public Optional<PageFrame> merge(PageFrame buddy) {
        if (!buddy.order.equals(order) || !buddy.addr.equals(buddyAddr())) {
            return Optional.empty();
        }
        PhysAddr lower = addr.compareTo(buddy.addr) <= 0 ? addr : buddy.addr;
        return order.next().map(up -> new PageFrame(lower, up));
    }
}
