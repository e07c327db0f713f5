package ruvix.physmem.bench;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The model's steady phase of {@code random/16384}, the comparison point of the "production at
 * least 100 times faster than the model" target. Kept apart from {@link RandomPhases} because one
 * invocation of the model takes seconds (it scans every page per allocation).
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = "-Xmx6g")
public class ModelRandomSteady {
    static final long PAGES = 16_384;

    @State(Scope.Thread)
    public static class Filled {
        RandomWorkload workload;

        @Setup(Level.Trial)
        public void check() {
            WorkloadCheck.verify(Impl.MODEL, PAGES);
        }

        @Setup(Level.Invocation)
        public void fill() {
            workload = new RandomWorkload(WorkloadCheck.target(Impl.MODEL.create(RandomWorkload.BASE, PAGES)), PAGES);
            workload.fill();
        }
    }

    @Benchmark
    public RandomWorkload steady(Filled f) {
        f.workload.steady();
        return f.workload;
    }
}
