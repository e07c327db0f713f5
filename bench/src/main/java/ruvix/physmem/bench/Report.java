package ruvix.physmem.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/** JMH results as BENCHMARK.md's rows: ns per operation, bytes per operation, ratio to the crate. */
final class Report {

    /**
     * One row.
     *
     * @param scenario BENCHMARK.md's name, e.g. {@code multi_page/4} or {@code random/1024 steady per op}
     * @param impl which allocator
     * @param api {@code typed} or {@code primitive}
     * @param ns median-of-iterations score in ns per operation
     * @param error JMH's 99.9% error, ns
     * @param bytesPerOp bytes allocated per operation (GC profiler), or NaN
     */
    record Row(String scenario, String impl, String api, double ns, double error, double bytesPerOp) {
        Double crateNs() {
            return impl.equals("GENERATED") ? Reference.CRATE_NS.get(scenario) : null;
        }
    }

    private final List<Row> rows;
    private final String pass;
    private final String date;

    private Report(List<Row> rows, String pass, String date) {
        this.rows = rows;
        this.pass = pass;
        this.date = date;
    }

    static Report of(Collection<RunResult> results, String pass, String date) {
        List<Row> rows = new ArrayList<>();
        for (RunResult run : results) {
            var params = run.getParams();
            String method =
                    params.getBenchmark().substring(params.getBenchmark().lastIndexOf('.') + 1);
            Result<?> primary = run.getPrimaryResult();
            double toNs = TimeUnit.NANOSECONDS.convert(1, params.getTimeUnit());
            double ns = primary.getScore() * toNs;
            double error = primary.getScoreError() * toNs;
            Result<?> alloc = run.getSecondaryResults()
                    .getOrDefault(
                            "gc.alloc.rate.norm", run.getSecondaryResults().get("·gc.alloc.rate.norm"));
            double bytes = alloc == null ? Double.NaN : alloc.getScore();
            String impl = params.getParam("impl");
            String api = method.endsWith("Primitive") ? "primitive" : "typed";
            String scenario;
            double ops = 1;
            switch (method) {
                case "singlePage", "singlePagePrimitive" -> scenario = "single_page";
                case "multiPage", "multiPagePrimitive" -> scenario = "multi_page/" + params.getParam("pages");
                case "sequential" -> scenario = "sequential/" + params.getParam("count");
                case "fragmentation" -> scenario = "fragmentation";
                case "mixedSizes" -> scenario = "mixed_sizes";
                case "reset" -> scenario = "reset";
                case "newGenerated", "newModel" -> {
                    scenario = "new/" + params.getParam("pages");
                    impl = method.equals("newGenerated") ? "GENERATED" : "MODEL";
                }
                case "fill", "steady", "drain" -> {
                    String[] c = params.getParam("case_") != null
                            ? params.getParam("case_").split(":")
                            : new String[] {"MODEL", String.valueOf(ModelRandomSteady.PAGES)};
                    impl = c[0];
                    long pages = Long.parseLong(c[1]);
                    WorkloadCheck.Observed o = WorkloadCheck.verify(Impl.valueOf(impl), pages);
                    ops = switch (method) {
                        case "fill" -> o.row().fillAllocs();
                        case "steady" -> RandomWorkload.STEADY_OPS;
                        default -> o.drainFrees();
                    };
                    scenario = "random/" + pages + " " + method
                            + (method.equals("fill")
                                    ? " per alloc"
                                    : method.equals("steady") ? " per op" : " per free");
                    api = "primitive";
                }
                default -> throw new IllegalStateException("unknown benchmark " + method);
            }
            rows.add(new Row(scenario, impl, api, ns / ops, error / ops, bytes / ops));
        }
        rows.sort(Comparator.comparing(Row::scenario).thenComparing(Row::impl).thenComparing(Row::api));
        return new Report(rows, pass, date);
    }

    String toMarkdown() {
        StringBuilder s = new StringBuilder();
        s.append("Benchmarks (")
                .append(pass)
                .append(" pass, ")
                .append(date)
                .append("; ")
                .append(String.join(", ", BenchMain.machine()))
                .append(")\n\n");
        s.append("| scenario | allocator | API | ns/op | ± | bytes/op | crate ns | crate / ours |\n");
        s.append("|---|---|---|---:|---:|---:|---:|---:|\n");
        for (Row r : rows) {
            Double crate = r.crateNs();
            s.append(String.format(
                    Locale.ROOT,
                    "| %s | %s | %s | %s | %s | %s | %s | %s |%n",
                    r.scenario(),
                    r.impl().toLowerCase(Locale.ROOT),
                    r.api(),
                    number(r.ns()),
                    number(r.error()),
                    Double.isNaN(r.bytesPerOp()) ? "-" : number(r.bytesPerOp()),
                    crate == null ? "" : number(crate),
                    crate == null ? "" : String.format(Locale.ROOT, "%.2fx", crate / r.ns())));
        }
        return s.toString();
    }

    String toJson() {
        StringBuilder s = new StringBuilder("{\n  \"pass\": \"" + pass + "\",\n  \"date\": \"" + date + "\",\n");
        s.append("  \"machine\": [");
        List<String> machine = BenchMain.machine();
        for (int i = 0; i < machine.size(); i++) {
            s.append(i == 0 ? "" : ", ")
                    .append('"')
                    .append(machine.get(i).replace("\"", "'"))
                    .append('"');
        }
        s.append("],\n  \"rows\": [\n");
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            Double crate = r.crateNs();
            s.append(String.format(
                    Locale.ROOT,
                    "    {\"scenario\": \"%s\", \"impl\": \"%s\", \"api\": \"%s\", \"ns\": %.3f, \"error\": %.3f, "
                            + "\"bytesPerOp\": %s, \"crateNs\": %s}%s%n",
                    r.scenario(),
                    r.impl(),
                    r.api(),
                    r.ns(),
                    r.error(),
                    Double.isNaN(r.bytesPerOp()) ? "null" : String.format(Locale.ROOT, "%.3f", r.bytesPerOp()),
                    crate == null ? "null" : crate.toString(),
                    i + 1 < rows.size() ? "," : ""));
        }
        return s.append("  ]\n}\n").toString();
    }

    private static String number(double v) {
        if (Math.abs(v) >= 100) {
            return String.format(Locale.ROOT, "%,.0f", v);
        }
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
