package ruvix.physmem.verification.audit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The latest benchmark results ({@code bench/results/latest.json}) and their Markdown table. */
public record BenchResults(String pass, String date, List<String> machine, List<Row> rows, String markdown) {
    public static final Path JSON = Path.of("bench", "results", "latest.json");
    public static final Path MARKDOWN = Path.of("bench", "results", "latest.md");

    /** One row: a scenario on one allocator through one API. */
    public record Row(String scenario, String impl, String api, double ns, Double crateNs, Double bytesPerOp) {}

    public static Optional<BenchResults> read(Path root) throws IOException {
        Path json = root.resolve(JSON);
        if (!Files.exists(json)) {
            return Optional.empty();
        }
        JsonObject o = JsonParser.parseString(Files.readString(json)).getAsJsonObject();
        List<String> machine = new ArrayList<>();
        o.getAsJsonArray("machine").forEach(m -> machine.add(m.getAsString()));
        List<Row> rows = new ArrayList<>();
        for (JsonElement e : o.getAsJsonArray("rows")) {
            JsonObject r = e.getAsJsonObject();
            rows.add(new Row(
                    r.get("scenario").getAsString(),
                    r.get("impl").getAsString(),
                    r.get("api").getAsString(),
                    r.get("ns").getAsDouble(),
                    r.get("crateNs").isJsonNull() ? null : r.get("crateNs").getAsDouble(),
                    r.get("bytesPerOp").isJsonNull()
                            ? null
                            : r.get("bytesPerOp").getAsDouble()));
        }
        Path md = root.resolve(MARKDOWN);
        return Optional.of(new BenchResults(
                o.get("pass").getAsString(),
                o.get("date").getAsString(),
                machine,
                rows,
                Files.exists(md) ? Files.readString(md) : ""));
    }
}
