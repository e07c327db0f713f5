package ruvix.physmem.verification.audit;

/**
 * Linux's fragmentation measures as exact integers (thousandths), from the free blocks per order.
 */
final class Fragmentation {
    private Fragmentation() {}

    /**
     * The fragmentation index for a request of {@code order}: -1000 when a suitable block exists;
     * otherwise {@code 1000 - (1000 + freePages*1000/2^order) / freeBlocksTotal}, towards 1000
     * when the failure is due to fragmentation, towards 0 when to lack of memory; 0 with nothing
     * free.
     */
    static long index(long[] freeBlocks, int order) {
        long freePages = 0;
        long blocks = 0;
        long suitable = 0;
        for (int k = 0; k < freeBlocks.length; k++) {
            freePages += freeBlocks[k] << k;
            blocks += freeBlocks[k];
            if (k >= order) {
                suitable += freeBlocks[k];
            }
        }
        if (suitable > 0) {
            return -1000;
        }
        if (blocks == 0) {
            return 0;
        }
        return 1000 - (1000 + freePages * 1000 / (1L << order)) / blocks;
    }

    /**
     * The unusable free space index for {@code order}: the thousandths of free pages that cannot
     * serve a request of that order; 0 with nothing free.
     */
    static long unusable(long[] freeBlocks, int order) {
        long freePages = 0;
        long suitablePages = 0;
        for (int k = 0; k < freeBlocks.length; k++) {
            freePages += freeBlocks[k] << k;
            if (k >= order) {
                suitablePages += freeBlocks[k] << k;
            }
        }
        return freePages == 0 ? 0 : (freePages - suitablePages) * 1000 / freePages;
    }
}
