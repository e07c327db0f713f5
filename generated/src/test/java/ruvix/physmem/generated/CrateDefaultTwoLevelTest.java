package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.model.ReferenceAllocator;
import ruvix.physmem.model.diff.DifferentialChecks;
import ruvix.physmem.model.diff.DifferentialSetup;
import ruvix.physmem.model.diff.RandomDriver;

/**
 * Crate-default on a map of 16,384 pages: the order-0 bitmaps get a second summary level, which
 * none of the emitted differential maps (at most 4,096 pages) reaches. The walk and the
 * constrained search read those levels, so a summary word that is not kept up to date shows as a
 * divergence from the model.
 */
class CrateDefaultTwoLevelTest {
    private static final MemoryMap WIDE = MemoryMap.single(12, 0x4000_0000L, 16_384);

    @Test
    void summaryLevelsAgreeWithTheModelOnAWideMap() {
        DifferentialSetup setup = new DifferentialSetup(
                "crate-default",
                WIDE,
                map -> {
                    ReferenceAllocator r = new ReferenceAllocator(12, CrateDefaultAllocator.MAX_ORDER, 16_777_216);
                    r.init(map);
                    return r;
                },
                CrateDefaultAllocator::new,
                true,
                8);
        RandomDriver.Result result = DifferentialChecks.random(setup, 4242, 60_000, 30_000);
        assertEquals(60_000, result.calls());
        assertTrue(result.peakUsedPages() > 8_192, "the trace reaches the second half: " + result.peakUsedPages());
    }
}
