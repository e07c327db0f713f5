package ruvix.physmem.verification.audit;

import java.util.ArrayList;
import java.util.List;
import ruvix.physmem.PageAllocator;

/**
 * One order's line of the audit's fragmentation table, as the allocator itself reports it.
 *
 * @param order the block order
 * @param freeBlocks free blocks of that order
 * @param fragmentationIndex Linux's fragmentation index for a request of that order (thousandths)
 * @param unusableFreeSpaceIndex Linux's unusable free space index of that order (thousandths)
 */
public record FreeArea(int order, long freeBlocks, int fragmentationIndex, int unusableFreeSpaceIndex) {

    /** Every order of {@code allocator}, lowest first. */
    public static List<FreeArea> of(PageAllocator allocator) {
        List<FreeArea> areas = new ArrayList<>(allocator.maxOrder());
        for (int k = 0; k < allocator.maxOrder(); k++) {
            areas.add(new FreeArea(
                    k,
                    allocator.freeBlocksAtOrder(k),
                    allocator.fragmentationIndex(k),
                    allocator.unusableFreeSpaceIndex(k)));
        }
        return List.copyOf(areas);
    }
}
