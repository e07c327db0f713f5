package ruvix.physmem.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.profile.GCProfiler;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.results.format.ResultFormatType;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the benchmark suite and writes {@code results/latest.json} and {@code latest.md}: every
 * scenario in ns per operation, the bytes allocated per operation, and the ratio to the crate's
 * figure. {@code --quick} (the default) runs short iterations; {@code --full} the annotated ones.
 */
public final class BenchMain {
    private BenchMain() {}

    public static void main(String[] args) throws RunnerException, IOException {
        boolean full = List.of(args).contains("--full");
        Path out = Path.of(argument(args, "--out", "bench/results"));
        String include = argument(args, "--include", "ruvix\\.physmem\\.bench\\..*");
        Files.createDirectories(out);
        Path raw = out.resolve("jmh-" + (full ? "full" : "quick") + ".json");
        ChainedOptionsBuilder options = new OptionsBuilder()
                .include(include)
                .addProfiler(GCProfiler.class)
                .resultFormat(ResultFormatType.JSON)
                .result(raw.toString());
        if (!full) {
            options.warmupIterations(1)
                    .warmupTime(TimeValue.milliseconds(500))
                    .measurementIterations(3)
                    .measurementTime(TimeValue.milliseconds(500));
        }
        Collection<RunResult> results = new Runner(options.build()).run();
        Report report =
                Report.of(results, full ? "full" : "quick", LocalDate.now().toString());
        write(out.resolve("latest.json"), report.toJson());
        write(out.resolve("latest.md"), report.toMarkdown());
        System.out.println(report.toMarkdown());
    }

    private static String argument(String[] args, String flag, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(flag)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    /** Writes through a temporary file so that a reader never sees half a report. */
    private static void write(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    static List<String> machine() {
        List<String> facts = new ArrayList<>();
        facts.add("JVM " + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        facts.add(Runtime.getRuntime().availableProcessors() + " cores");
        facts.add(System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        try {
            Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .ifPresent(l -> facts.add(l.substring(l.indexOf(':') + 1).strip()));
        } catch (IOException e) {
            facts.add("cpu model unknown");
        }
        return facts;
    }
}
