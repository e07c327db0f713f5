package ruvix.physmem.bench;

import java.util.Map;

/**
 * BENCHMARK.md's cross-check of the random workload's operation stream, independent of any
 * allocator: per size, the counts and the FNV-1a-64 digest after the steady phase.
 */
public final class ExpectedStreams {

    /** One row of BENCHMARK.md's table. */
    public record Row(
            long fillAllocs, long steadyAllocs, long steadyFrees, long liveBlocks, long livePages, long fnv) {}

    public static final Map<Long, Row> BY_PAGES = Map.of(
            1_024L, new Row(158, 499_986, 500_014, 130, 501, 0xede42aa4f5cca516L),
            16_384L, new Row(2_229, 500_048, 499_952, 2_325, 8_167, 0x87f8e4e457a1ed14L),
            262_144L, new Row(38_035, 499_367, 500_633, 36_769, 131_076, 0x916b0c49d7b131a9L),
            1_048_576L, new Row(149_596, 499_988, 500_012, 149_572, 524_279, 0x659dafcd83ec7988L));

    private ExpectedStreams() {}

    /**
     * The row for a size BENCHMARK.md's table lacks: the same workload against a target where
     * every allocation succeeds, which is what the table's rows assume.
     */
    public static Row unbounded(long pages) {
        RandomWorkload w = new RandomWorkload(
                new RandomWorkload.Target() {
                    private long next;

                    @Override
                    public long alloc(long count) {
                        long addr = next;
                        next += count;
                        return addr;
                    }

                    @Override
                    public int free(long addr, long count) {
                        return 0;
                    }
                },
                pages);
        w.fill();
        w.steady();
        return observed(w);
    }

    /** The row of a finished fill and steady phase. */
    public static Row observed(RandomWorkload w) {
        return new Row(
                w.fillAllocs(), w.steadyAllocs(), w.steadyFrees(), w.liveBlocks(), w.livePages(), w.streamHash());
    }
}
