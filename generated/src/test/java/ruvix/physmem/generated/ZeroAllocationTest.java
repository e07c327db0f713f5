package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;
import ruvix.physmem.PhysAddr;

/**
 * The primitive entry points allocate nothing on the heap: over 1,000,000 operations (accepted and
 * rejected, every entry point) the bytes the current thread allocated do not change. The debug
 * build's invariant check after every operation is heap-free too, and so are the request paths:
 * critical, constrained and bulk allocation into the caller's array, and the live-block walk.
 *
 * <p>A measured run may be charged a few hundred bytes by the JVM itself (a deoptimization or an
 * on-stack replacement while other processes load the machine), so each workload runs up to {@value
 * #RUNS} times and one run must allocate nothing: a path that allocates per call does so in every
 * run.
 */
class ZeroAllocationTest {
    private static final int OPERATIONS = 1_000_000;
    private static final int RUNS = 3;
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @Test
    void productionBuild() {
        CrateDefaultAllocator a = new CrateDefaultAllocator(PhysAddr.of(0x1000_0000L), 1 << 16);
        long[] live = new long[1 << 12];
        int[] orders = new int[live.length];
        warmUp(() -> workload(a, live, orders, 200_000));
        assertEquals(
                0,
                fewestBytesAllocated(() -> workload(a, live, orders, OPERATIONS)),
                "bytes allocated by " + OPERATIONS + " primitive operations");
    }

    @Test
    void debugBuild() {
        TinyAllocator a = TinyAllocator.withProfileMap();
        long[] live = new long[16];
        int[] orders = new int[live.length];
        warmUp(() -> workload(a, live, orders, 200_000));
        assertEquals(
                0,
                fewestBytesAllocated(() -> workload(a, live, orders, OPERATIONS / 4)),
                "bytes allocated with the invariant check on");
    }

    @Test
    void requestPaths() {
        CrateDefaultAllocator a = new CrateDefaultAllocator(PhysAddr.of(0x1000_0000L), 1 << 16);
        a.setWatermarks(1 << 10, 1 << 12);
        long[] live = new long[1 << 12];
        int[] orders = new int[live.length];
        long[] out = new long[16];
        warmUp(() -> requests(a, live, orders, out, 100_000));
        assertEquals(
                0,
                fewestBytesAllocated(() -> requests(a, live, orders, out, OPERATIONS / 4)),
                "bytes allocated by " + OPERATIONS / 4 + " request-path operations");
    }

    /**
     * The fewest bytes the current thread allocated in one run of {@code workload}, over up to
     * {@link #RUNS} runs (fewer once a run allocates nothing); every run's checksum shows it ran.
     */
    private static long fewestBytesAllocated(LongSupplier workload) {
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < RUNS && fewest != 0; run++) {
            long before = THREADS.getCurrentThreadAllocatedBytes();
            long checksum = workload.getAsLong();
            long after = THREADS.getCurrentThreadAllocatedBytes();
            assertTrue(checksum != 0, "the workload ran");
            fewest = Math.min(fewest, after - before);
        }
        return fewest;
    }

    /** Runs the workload until the JIT has compiled it: interpreter and compiler transitions allocate. */
    private static void warmUp(Runnable workload) {
        for (int round = 0; round < 4; round++) {
            workload.run();
        }
    }

    /** xorshift64-driven allocations and frees, hostile calls among them; returns a checksum. */
    private static long workload(CrateDefaultAllocator a, long[] live, int[] orders, int operations) {
        long x = 0x9E3779B97F4A7C15L;
        int count = 0;
        long sum = 0;
        for (int i = 0; i < operations; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            int pick = (int) (x >>> 60);
            if (pick < 7 && count < live.length) {
                int order = (int) ((x >>> 32) & 3);
                long addr = (pick & 1) == 0 ? a.allocOrder(order) : a.allocPagesRaw(1L << order);
                if (addr >= 0) {
                    live[count] = addr;
                    orders[count++] = order;
                }
                sum += addr;
            } else if (pick < 14 && count > 0) {
                int slot = (int) ((x >>> 16) % count);
                sum += (pick & 1) == 0
                        ? a.freeBlock(live[slot], orders[slot])
                        : a.freePagesRaw(live[slot], 1L << orders[slot]);
                live[slot] = live[--count];
                orders[slot] = orders[count];
            } else {
                sum += a.freePagesRaw(x, 1) + a.freeBlock(x & -4096L, (int) (x >>> 59)) + a.allocPagesRaw(x >> 40);
            }
        }
        return sum;
    }

    private static long workload(TinyAllocator a, long[] live, int[] orders, int operations) {
        long x = 0x9E3779B97F4A7C15L;
        int count = 0;
        long sum = 0;
        for (int i = 0; i < operations; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            if ((x >>> 63) == 0 && count < live.length) {
                int order = (int) ((x >>> 32) & 3);
                long addr = a.allocOrder(order);
                if (addr >= 0) {
                    live[count] = addr;
                    orders[count++] = order;
                }
                sum += addr;
            } else if (count > 0) {
                int slot = (int) ((x >>> 16) % count);
                sum += a.freeBlock(live[slot], orders[slot]);
                live[slot] = live[--count];
                orders[slot] = orders[count];
            }
        }
        return sum;
    }

    /**
     * xorshift64-driven constrained allocations in random windows (some hostile), bulk and
     * all-or-nothing bulk into {@code out}, critical allocations, walks and frees; returns a
     * checksum.
     */
    private static long requests(CrateDefaultAllocator a, long[] live, int[] orders, long[] out, int operations) {
        long base = 0x1000_0000L;
        long x = 0x9E3779B97F4A7C15L;
        int count = 0;
        long sum = 0;
        for (int i = 0; i < operations; i++) {
            x ^= x << 13;
            x ^= x >>> 7;
            x ^= x << 17;
            int pick = (int) (x >>> 60);
            int order = (int) ((x >>> 32) & 3);
            if (pick < 5 && count < live.length) {
                long low = base + ((x >>> 8) & 0xFFF_FFFFL) - 0x100_0000L;
                long high = pick == 4 ? Long.MAX_VALUE : low + ((x >>> 36) & 0x7FF_FFFFL);
                long addr = a.allocPagesConstrainedRaw(1L << order, (int) (x >>> 40) & 15, low, high, pick == 3);
                if (addr >= 0) {
                    live[count] = addr;
                    orders[count++] = order;
                }
                sum += addr;
            } else if (pick < 7 && count + out.length <= live.length) {
                int n = (int) ((x >>> 24) & 15);
                int got =
                        pick == 5 ? a.allocPagesBulk(order, n, out, false) : a.allocPagesBulkExact(order, n, out, true);
                for (int j = 0; j < got; j++) {
                    live[count] = out[j];
                    orders[count++] = order;
                }
                sum += got;
            } else if (pick == 7) {
                // A short walk from a random address: at most 8 blocks.
                long addr = a.nextAllocatedBlock(base + ((x >>> 8) & 0xFFF_FFFFL));
                for (int j = 0; j < 8 && addr >= 0; j++) {
                    sum += addr + a.allocatedOrderRaw(addr);
                    addr = a.nextAllocatedBlock(addr + 1);
                }
                sum += a.allocatedOrderRaw(x) + a.nextAllocatedBlock(x);
            } else if (count > 0) {
                int slot = (int) ((x >>> 16) % count);
                sum += a.freePagesRaw(live[slot], 1L << orders[slot]);
                live[slot] = live[--count];
                orders[slot] = orders[count];
            }
        }
        return sum;
    }
}
