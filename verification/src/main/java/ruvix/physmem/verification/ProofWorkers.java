package ruvix.physmem.verification;

import com.google.gson.Gson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one {@link WorkOrder} on parallel {@link ProofWorker} JVMs: every worker loads the order,
 * then the coordinator hands out item indices one at a time as workers become free, so a long
 * proof does not hold up the others. Outcomes come back in item order, whatever the finishing
 * order; a worker that fails or dies fails the run with the tail of its log.
 */
public final class ProofWorkers {
    /** System property that sets the number of worker JVMs (default: the cores, at most two). */
    public static final String WORKERS_PROPERTY = "physmem.proof.workers";

    private static final int LOG_LINES_SHOWN = 20;

    private ProofWorkers() {}

    /** Worker JVMs to use: {@value #WORKERS_PROPERTY} if set, else the cores, at most two. */
    public static int parallelism() {
        int cores = Runtime.getRuntime().availableProcessors();
        return Math.max(1, Integer.getInteger(WORKERS_PROPERTY, Math.min(2, cores)));
    }

    /**
     * The outcomes of an order in item order, and the integer semantics the workers loaded the core
     * with ("-" for mutants, each loaded with the same settings by {@link ProofRun#runMutant}).
     */
    record Batch<T>(List<T> outcomes, String semantics) {}

    /** Sees each outcome as it arrives, with how many have arrived and how many there are. */
    interface Arrival<T> {
        void accept(T outcome, int arrived, int items);
    }

    /**
     * Runs the order on {@code workers} JVMs (no more than it has items) and returns the outcomes
     * in item order; {@code onEach} sees the outcomes as they arrive, one at a time.
     */
    static <T> Batch<T> run(WorkOrder order, Class<T> type, int workers, Path workDir, Arrival<T> onEach)
            throws IOException, InterruptedException {
        Files.createDirectories(workDir);
        Gson gson = new Gson();
        Path orderFile = workDir.resolve("order.json");
        Files.writeString(orderFile, gson.toJson(order));
        int started = order.isMutants() ? Math.min(workers, order.mutants().size()) : workers;
        Collector<T> collector = new Collector<>(onEach);
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, started));
        List<Process> processes = new ArrayList<>();
        List<Future<?>> futures = new ArrayList<>();
        try {
            for (int w = 0; w < started; w++) {
                Path log = workDir.resolve("worker-" + w + ".log");
                Path home = Files.createDirectories(workDir.resolve("home-" + w));
                // KeY reads and rewrites ~/.key/proof-settings.json when it loads; workers that
                // start together would read each other's half-written file. Each worker takes
                // every setting from ProverSettings and KeY's defaults, and writes in its own home.
                // The parallel collector: KeY allocates fast and the workers already fill the
                // cores, so G1's concurrent threads only compete with them. Measured here: a
                // mutant's 40 s attempt applied 9,510 rules under it and 6,975 under G1.
                Process p = new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
                                "-XX:+UseParallelGC",
                                "-Dkey.disregardSettings=true",
                                "-Duser.home=" + home,
                                "-cp",
                                System.getProperty("java.class.path"),
                                ProofWorker.class.getName(),
                                orderFile.toString())
                        .redirectError(log.toFile())
                        .start();
                processes.add(p);
                futures.add(pool.submit(() -> {
                    serve(p, log, gson, type, collector);
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(cause.getMessage(), cause);
        } finally {
            processes.forEach(Process::destroy);
            pool.shutdownNow();
        }
        return collector.batch();
    }

    /** Drives one worker: reads its item count, then hands it indices until none are left. */
    private static <T> void serve(Process p, Path log, Gson gson, Class<T> type, Collector<T> collector)
            throws IOException, InterruptedException {
        try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter in = new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8)) {
            String[] announced = expect(out, ProofWorker.ITEMS, p, log).trim().split(" ");
            int items = Integer.parseInt(announced[0]);
            collector.announce(items, announced[1]);
            for (int i = collector.next(); i < items; i = collector.next()) {
                in.println(i);
                collector.put(i, gson.fromJson(expect(out, ProofWorker.OUTCOME, p, log), type));
            }
            in.println(ProofWorker.END);
        }
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("proof worker exited with " + exit + "\n" + tail(log));
        }
    }

    /**
     * What the workers share: the item count and semantics every worker must announce alike, the
     * next index to hand out, and the outcomes in item order.
     */
    private static final class Collector<T> {
        private final Arrival<T> onEach;
        private final AtomicInteger next = new AtomicInteger();
        private List<T> outcomes;
        private String semantics;
        private int arrived;

        Collector(Arrival<T> onEach) {
            this.onEach = onEach;
        }

        synchronized void announce(int items, String workerSemantics) {
            if (outcomes == null) {
                outcomes = new ArrayList<>(Collections.nCopies(items, null));
                semantics = workerSemantics;
            } else if (outcomes.size() != items || !semantics.equals(workerSemantics)) {
                throw new IllegalStateException("proof workers disagree on their order: " + outcomes.size() + " "
                        + semantics + " and " + items + " " + workerSemantics);
            }
        }

        int next() {
            return next.getAndIncrement();
        }

        synchronized void put(int item, T outcome) {
            outcomes.set(item, outcome);
            onEach.accept(outcome, ++arrived, outcomes.size());
        }

        synchronized Batch<T> batch() {
            return new Batch<>(
                    outcomes == null ? List.of() : List.copyOf(outcomes), semantics == null ? "-" : semantics);
        }
    }

    /** The rest of the next line with that prefix; a worker that ends first has failed. */
    private static String expect(BufferedReader out, String prefix, Process p, Path log)
            throws IOException, InterruptedException {
        for (String line = out.readLine(); line != null; line = out.readLine()) {
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length());
            }
        }
        throw new IllegalStateException("proof worker ended (exit " + p.waitFor() + ") before its next '"
                + prefix.trim() + "' line\n" + tail(log));
    }

    /**
     * The log's last lines, after each "Caused by:" line above them: a worker that dies of a JML
     * error ends its log with stack frames, and the message naming the error is further up.
     */
    static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        int from = Math.max(0, lines.size() - LOG_LINES_SHOWN);
        List<String> shown = new ArrayList<>();
        lines.subList(0, from).stream().filter(l -> l.startsWith("Caused by: ")).forEach(shown::add);
        shown.addAll(lines.subList(from, lines.size()));
        return String.join("\n", shown);
    }
}
