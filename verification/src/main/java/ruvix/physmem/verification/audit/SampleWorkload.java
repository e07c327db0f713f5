package ruvix.physmem.verification.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import ruvix.physmem.Block;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.Physmem;

/**
 * The audit's picture workload: allocate random power-of-two blocks until about 60% of the pages
 * are in use, then free every other one, leaving a fragmented allocator worth drawing. Seeded,
 * so every audit draws the same picture.
 */
public final class SampleWorkload {
    /** Calls at most, whatever the size of the map. */
    static final int MAX_CALLS = 20_000;

    private SampleWorkload() {}

    /** Runs the workload on {@code allocator}; returns the blocks left allocated, in address order. */
    public static List<Block> run(PageAllocator allocator, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long target = allocator.totalPages() * 6 / 10;
        List<Block> live = new ArrayList<>();
        int calls = 0;
        long largest = 1L << Math.min(allocator.maxOrder() - 1, 6);
        while (allocator.usedPages() < target && calls < MAX_CALLS / 2) {
            long pages = 1L << random.nextInt(Long.numberOfTrailingZeros(largest) + 1);
            long addr = allocator.allocPagesRaw(pages);
            calls++;
            if (addr >= 0) {
                live.add(new Block(PhysAddr.of(addr), Physmem.pagesToOrder(pages)));
            }
        }
        List<Block> kept = new ArrayList<>();
        for (int i = 0; i < live.size(); i++) {
            Block b = live.get(i);
            if (i % 2 == 0) {
                allocator.freePagesRaw(b.addr().asLong(), b.pages());
            } else {
                kept.add(b);
            }
        }
        kept.sort(null);
        return kept;
    }
}
