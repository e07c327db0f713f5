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
import java.util.Arrays;
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
        AtomicInteger next = new AtomicInteger();
        int[] arrived = {0};
        List<Object> results = new ArrayList<>();
        int[] itemCount = {-1};
        String[] semantics = {null};
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
                Process p = new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java")
                                        .toString(),
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
                    serve(p, log, gson, type, next, itemCount, semantics, arrived, results, onEach);
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
        List<T> ordered = new ArrayList<>();
        for (Object o : results) {
            ordered.add(type.cast(o));
        }
        return new Batch<>(ordered, semantics[0] == null ? "-" : semantics[0]);
    }

    /** Drives one worker: reads its item count, then hands it indices until none are left. */
    private static <T> void serve(
            Process p,
            Path log,
            Gson gson,
            Class<T> type,
            AtomicInteger next,
            int[] itemCount,
            String[] semantics,
            int[] arrived,
            List<Object> results,
            Arrival<T> onEach)
            throws IOException, InterruptedException {
        try (BufferedReader out =
                        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
                PrintWriter in = new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8)) {
            String[] announced = expect(out, ProofWorker.ITEMS, p, log).trim().split(" ");
            int items = Integer.parseInt(announced[0]);
            synchronized (results) {
                if (itemCount[0] < 0) {
                    itemCount[0] = items;
                    semantics[0] = announced[1];
                    results.addAll(Arrays.asList(new Object[items]));
                } else if (itemCount[0] != items || !semantics[0].equals(announced[1])) {
                    throw new IllegalStateException("proof workers disagree on their order: " + itemCount[0] + " "
                            + semantics[0] + " and " + items + " " + announced[1]);
                }
            }
            for (int i = next.getAndIncrement(); i < items; i = next.getAndIncrement()) {
                in.println(i);
                T outcome = gson.fromJson(expect(out, ProofWorker.OUTCOME, p, log), type);
                synchronized (results) {
                    results.set(i, outcome);
                    onEach.accept(outcome, ++arrived[0], items);
                }
            }
            in.println(ProofWorker.END);
        }
        int exit = p.waitFor();
        if (exit != 0) {
            throw new IllegalStateException("proof worker exited with " + exit + "\n" + tail(log));
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

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_LINES_SHOWN), lines.size()));
    }
}
