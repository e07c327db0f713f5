package ruvix.physmem.bench;

/** BENCHMARK.md's PRNG: xorshift64 with shifts 13, 7, 17 on an unsigned 64-bit state. */
public final class Xorshift64 {
    /** BENCHMARK.md's seed. */
    public static final long SEED = 0x9E3779B97F4A7C15L;

    private long x;

    public Xorshift64(long seed) {
        x = seed;
    }

    public long next() {
        x ^= x << 13;
        x ^= x >>> 7;
        x ^= x << 17;
        return x;
    }
}
