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

/**
 * BENCHMARK.md's {@code random/N}, each phase timed on its own: one invocation runs a whole
 * phase, and the report divides by the phase's operation count ({@link WorkloadCheck}). The
 * setup checks the operation stream against BENCHMARK.md before anything is timed.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class RandomPhases {

    @State(Scope.Thread)
    public static class Run {
        @Param({
            "GENERATED:1024",
            "GENERATED:16384",
            "GENERATED:262144",
            "GENERATED:1048576",
            "GENERATED:16777216",
            "MODEL:1024",
            "MODEL:16384"
        })
        public String case_;

        Impl impl;
        long pages;
        RandomWorkload fillOnly;
        RandomWorkload filled;
        RandomWorkload steadied;

        @Setup(Level.Trial)
        public void check() {
            String[] parts = case_.split(":");
            impl = Impl.valueOf(parts[0]);
            pages = Long.parseLong(parts[1]);
            WorkloadCheck.verify(impl, pages);
        }

        @Setup(Level.Invocation)
        public void prepare() {
            fillOnly = new RandomWorkload(WorkloadCheck.target(impl.create(RandomWorkload.BASE, pages)), pages);
            filled = new RandomWorkload(WorkloadCheck.target(impl.create(RandomWorkload.BASE, pages)), pages);
            filled.fill();
            steadied = new RandomWorkload(WorkloadCheck.target(impl.create(RandomWorkload.BASE, pages)), pages);
            steadied.fill();
            steadied.steady();
        }
    }

    @Benchmark
    public RandomWorkload fill(Run r) {
        r.fillOnly.fill();
        return r.fillOnly;
    }

    @Benchmark
    public RandomWorkload steady(Run r) {
        r.filled.steady();
        return r.filled;
    }

    @Benchmark
    public RandomWorkload drain(Run r) {
        r.steadied.drain();
        return r.steadied;
    }
}
