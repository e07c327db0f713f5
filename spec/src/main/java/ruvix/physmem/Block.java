package ruvix.physmem;

import java.util.Objects;

/**
 * A block of an allocator: {@code 2^order} of the allocator's pages starting at {@code addr}.
 * Used for snapshots of free blocks, independent of the page size.
 *
 * @param addr the first byte of the block
 * @param order the block's order
 */
public record Block(PhysAddr addr, int order) implements Comparable<Block> {
    public Block {
        Objects.requireNonNull(addr, "addr");
        if (order < 0 || order > 62) {
            throw new IllegalArgumentException("order out of range 0..62: " + order);
        }
    }

    /** Pages in the block. */
    public long pages() {
        return 1L << order;
    }

    /** Blocks order by address, then by order. */
    @Override
    public int compareTo(Block other) {
        int byAddr = addr.compareTo(other.addr);
        return byAddr != 0 ? byAddr : Integer.compare(order, other.order);
    }

    @Override
    public String toString() {
        return addr + "/" + order;
    }
}
