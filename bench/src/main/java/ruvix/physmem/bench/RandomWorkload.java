package ruvix.physmem.bench;

/**
 * BENCHMARK.md's random workload ({@code random/N}) over an allocator's primitive entry points:
 * fill to half occupancy, one million steady operations, drain. The phases can be run (and
 * timed) separately; every call and every drawn value follows BENCHMARK.md to the letter, so the
 * operation stream is the one its FNV-1a table describes.
 */
public final class RandomWorkload {
    /** BENCHMARK.md's base address. */
    public static final long BASE = 0x1000_0000L;
    /** Steady operations. */
    public static final int STEADY_OPS = 1_000_000;

    /** The primitive calls the workload makes. */
    public interface Target {
        /** Address ({@code >= 0}) or a negative error code. */
        long alloc(long pages);

        /** 0 or a negative error code. */
        int free(long addr, long pages);
    }

    private final Target target;
    private final long targetPages;
    private final Xorshift64 rng = new Xorshift64(Xorshift64.SEED);
    private final Fnv1a64 stream = new Fnv1a64();
    private long[] liveAddr;
    private long[] livePages;
    private int liveCount;
    private long liveTotal;

    private long fillAllocs;
    private long steadyAllocs;
    private long steadyFrees;
    private long failedAllocs;
    private long failedFrees;
    private long drainFrees;

    /** A workload over {@code totalPages} pages: the target occupancy is half of them. */
    public RandomWorkload(Target target, long totalPages) {
        this.target = target;
        this.targetPages = totalPages / 2;
        int capacity = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(16, totalPages / 2 + 1));
        liveAddr = new long[capacity];
        livePages = new long[capacity];
    }

    /** BENCHMARK.md's block size: order 0..5 from the top five bits of one draw. */
    private long drawPages() {
        long u = rng.next() >>> 59;
        int order = u < 16 ? 0 : u < 24 ? 1 : u < 28 ? 2 : u < 30 ? 3 : u < 31 ? 4 : 5;
        return 1L << order;
    }

    /** Draws a size and allocates it; appends it to {@code live} on success. */
    private boolean allocate() {
        long pages = drawPages();
        stream.word(pages);
        long addr = target.alloc(pages);
        if (addr < 0) {
            failedAllocs++;
            return false;
        }
        liveAddr[liveCount] = addr;
        livePages[liveCount] = pages;
        liveCount++;
        liveTotal += pages;
        return true;
    }

    /** Phase 1: allocate until half the pages are live or an allocation fails. */
    public void fill() {
        while (liveTotal < targetPages) {
            if (!allocate()) {
                return;
            }
            fillAllocs++;
        }
    }

    /** Phase 2: one million operations holding occupancy around half. */
    public void steady() {
        for (int op = 0; op < STEADY_OPS; op++) {
            long d = rng.next();
            boolean alloc = liveCount == 0 || (liveTotal < targetPages ? (d >>> 62) != 0 : (d >>> 62) == 0);
            if (alloc) {
                allocate();
                steadyAllocs++;
            } else {
                int i = (int) Long.remainderUnsigned(rng.next() >>> 32, liveCount);
                stream.word((1L << 63) | i);
                long addr = liveAddr[i];
                long pages = livePages[i];
                liveCount--;
                liveAddr[i] = liveAddr[liveCount];
                livePages[i] = livePages[liveCount];
                liveTotal -= pages;
                if (target.free(addr, pages) != 0) {
                    failedFrees++;
                }
                steadyFrees++;
            }
        }
    }

    /** Phase 3: free every remaining block in array order. */
    public void drain() {
        for (int i = 0; i < liveCount; i++) {
            if (target.free(liveAddr[i], livePages[i]) != 0) {
                failedFrees++;
            }
            drainFrees++;
        }
        liveCount = 0;
        liveTotal = 0;
    }

    public long fillAllocs() {
        return fillAllocs;
    }

    public long steadyAllocs() {
        return steadyAllocs;
    }

    public long steadyFrees() {
        return steadyFrees;
    }

    public long failedAllocs() {
        return failedAllocs;
    }

    public long failedFrees() {
        return failedFrees;
    }

    public long drainFrees() {
        return drainFrees;
    }

    public int liveBlocks() {
        return liveCount;
    }

    public long livePages() {
        return liveTotal;
    }

    /** FNV-1a-64 of the operation stream so far. */
    public long streamHash() {
        return stream.value();
    }
}
