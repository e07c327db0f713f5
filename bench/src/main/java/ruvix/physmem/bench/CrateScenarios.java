package ruvix.physmem.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysAddr;

/**
 * BENCHMARK.md's scenarios of the crate's own suite, call for call, through the typed API the
 * crate's users see ({@code alloc_pages(..).unwrap()}, {@code dealloc_pages}) and through the
 * primitive entry points. Base address {@code 0x1000_0000}, 4 KiB pages.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CrateScenarios {
    private static final long BASE = 0x1000_0000L;

    /** One allocator kept across iterations, for the scenarios that reuse it. */
    @State(Scope.Thread)
    public static class Kept {
        @Param({"GENERATED", "MODEL"})
        public Impl impl;

        PageAllocator small;
        PageAllocator large;

        @Setup(Level.Trial)
        public void setUp() {
            small = impl.create(BASE, 1024);
            large = impl.create(BASE, 4096);
        }
    }

    /** The reset scenario's allocator: 4096 pages with 100 single pages allocated, as in the crate. */
    @State(Scope.Thread)
    public static class Resettable {
        @Param({"GENERATED", "MODEL"})
        public Impl impl;

        PageAllocator allocator;

        @Setup(Level.Trial)
        public void setUp() {
            allocator = impl.create(BASE, 4096);
            for (int i = 0; i < 100; i++) {
                allocator.tryAllocPages(1);
            }
        }
    }

    @State(Scope.Thread)
    public static class Sizes {
        @Param({"2", "4", "8", "16", "32", "64", "128", "256", "512"})
        public int pages;
    }

    @State(Scope.Thread)
    public static class Counts {
        @Param({"10", "50", "100", "200"})
        public int count;
    }

    @Benchmark
    public PhysAddr singlePage(Kept s) {
        PhysAddr addr = s.small.tryAllocPages(1);
        s.small.deallocPages(addr, 1);
        return addr;
    }

    @Benchmark
    public long singlePagePrimitive(Kept s) {
        long addr = s.small.allocPagesRaw(1);
        s.small.freePagesRaw(addr, 1);
        return addr;
    }

    @Benchmark
    public PhysAddr multiPage(Kept s, Sizes n) {
        PhysAddr addr = s.large.tryAllocPages(n.pages);
        s.large.deallocPages(addr, n.pages);
        return addr;
    }

    @Benchmark
    public long multiPagePrimitive(Kept s, Sizes n) {
        long addr = s.large.allocPagesRaw(n.pages);
        s.large.freePagesRaw(addr, n.pages);
        return addr;
    }

    @Benchmark
    public PhysAddr[] sequential(Kept s, Counts n) {
        PageAllocator a = s.impl.create(BASE, 4096);
        PhysAddr[] addrs = new PhysAddr[200];
        for (int i = 0; i < n.count; i++) {
            addrs[i] = a.tryAllocPages(1);
        }
        for (int i = 0; i < n.count; i++) {
            a.deallocPages(addrs[i], 1);
        }
        return addrs;
    }

    @Benchmark
    public PhysAddr[] fragmentation(Kept s) {
        PageAllocator a = s.impl.create(BASE, 1024);
        PhysAddr[] addrs = new PhysAddr[64];
        for (int i = 0; i < 64; i++) {
            addrs[i] = a.tryAllocPages(1);
        }
        for (int i = 0; i < 64; i += 2) {
            a.deallocPages(addrs[i], 1);
        }
        for (int i = 0; i < 64; i += 2) {
            addrs[i] = a.tryAllocPages(1);
        }
        for (int i = 0; i < 64; i++) {
            a.deallocPages(addrs[i], 1);
        }
        return addrs;
    }

    @Benchmark
    public void mixedSizes(Kept s, Blackhole bh) {
        PageAllocator a = s.impl.create(BASE, 4096);
        PhysAddr a1 = a.tryAllocPages(1);
        PhysAddr a2 = a.tryAllocPages(4);
        PhysAddr a3 = a.tryAllocPages(16);
        PhysAddr a4 = a.tryAllocPages(64);
        PhysAddr a5 = a.tryAllocPages(8);
        a.deallocPages(a3, 16);
        a.deallocPages(a1, 1);
        a.deallocPages(a5, 8);
        a.deallocPages(a2, 4);
        a.deallocPages(a4, 64);
        bh.consume(a1);
        bh.consume(a2);
        bh.consume(a3);
        bh.consume(a4);
        bh.consume(a5);
    }

    @Benchmark
    public long reset(Resettable s) {
        s.allocator.reset();
        return s.allocator.freePageCount();
    }
}
