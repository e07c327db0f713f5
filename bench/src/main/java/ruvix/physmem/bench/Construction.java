package ruvix.physmem.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import ruvix.physmem.PageAllocator;

/** BENCHMARK.md's {@code new/N}: constructing an allocator of N pages at {@code 0x1000_0000}. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class Construction {

    @State(Scope.Benchmark)
    public static class ProductionSizes {
        @Param({"1024", "16384", "262144", "1048576", "16777216"})
        public long pages;
    }

    /** The model builds per-page arrays with per-page loops: only the smaller sizes finish quickly. */
    @State(Scope.Benchmark)
    public static class ModelSizes {
        @Param({"1024", "16384", "262144"})
        public long pages;
    }

    @Benchmark
    public PageAllocator newGenerated(ProductionSizes n) {
        return Impl.GENERATED.create(RandomWorkload.BASE, n.pages);
    }

    @Benchmark
    public PageAllocator newModel(ModelSizes n) {
        return Impl.MODEL.create(RandomWorkload.BASE, n.pages);
    }
}
