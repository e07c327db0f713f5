package ruvix.physmem.bench;

/** FNV-1a, 64 bits, over 8-byte little-endian words: BENCHMARK.md's operation-stream digest. */
public final class Fnv1a64 {
    private static final long OFFSET = 0xcbf29ce484222325L;
    private static final long PRIME = 0x100000001b3L;

    private long hash = OFFSET;

    public void word(long w) {
        for (int i = 0; i < 8; i++) {
            hash ^= (w >>> (8 * i)) & 0xff;
            hash *= PRIME;
        }
    }

    public long value() {
        return hash;
    }
}
