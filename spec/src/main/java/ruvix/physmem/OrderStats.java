package ruvix.physmem;

/**
 * Per-order statistics. The crate declares {@code allocations} and {@code frees} but never fills
 * them; here they count accepted allocations and frees of blocks of this order since the last
 * init or reset.
 *
 * @param freeBlocks free blocks of this order now
 * @param allocations accepted allocations of this order
 * @param frees accepted frees of this order
 */
public record OrderStats(long freeBlocks, long allocations, long frees) {}
