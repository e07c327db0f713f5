package ruvix.physmem.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The workload reproduces BENCHMARK.md's operation stream when every allocation succeeds. */
class RandomWorkloadStreamTest {

    @Test
    void prngMatchesTheFirstOutputs() {
        Xorshift64 rng = new Xorshift64(Xorshift64.SEED);
        assertEquals(0xdc1b77ae0bf34dadL, rng.next());
        assertEquals(0x64f0eeb9026e6076L, rng.next());
        assertEquals(0x7b07ce91e5906136L, rng.next());
    }

    @Test
    void fnvOfNothingIsTheOffsetBasis() {
        assertEquals(0xcbf29ce484222325L, new Fnv1a64().value());
    }

    @ParameterizedTest
    @ValueSource(longs = {1_024, 16_384, 262_144, 1_048_576})
    void streamMatchesTheTable(long pages) {
        assertEquals(ExpectedStreams.BY_PAGES.get(pages), ExpectedStreams.unbounded(pages));
    }
}
