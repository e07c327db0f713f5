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

/** The KeY proof report ({@code verification/target/proof-report.json}) as the audit reads it. */
public record ProofResults(List<Contract> contracts, String intRules, String settings, int mutants, int mutantsCaught) {

    public static final Path REPORT = Path.of("verification", "target", "proof-report.json");

    /** One contract's outcome. */
    public record Contract(
            String type, String method, String behaviour, String status, String closedBy, long nodes, long millis) {
        boolean closed() {
            return status.equals("CLOSED");
        }

        String simpleType() {
            return type.substring(type.lastIndexOf('.') + 1);
        }
    }

    /** The report under {@code root}, or empty if the proofs have not run. */
    public static Optional<ProofResults> read(Path root) throws IOException {
        Path file = root.resolve(REPORT);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        JsonObject json = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        List<Contract> contracts = new ArrayList<>();
        for (JsonElement e : json.getAsJsonArray("contracts")) {
            JsonObject c = e.getAsJsonObject();
            contracts.add(new Contract(
                    c.get("type").getAsString(),
                    c.get("method").getAsString(),
                    c.get("behaviour").getAsString(),
                    c.get("status").getAsString(),
                    c.get("closedBy").getAsString(),
                    c.get("nodes").getAsLong(),
                    c.get("millis").getAsLong()));
        }
        JsonObject totals = json.getAsJsonObject("totals");
        return Optional.of(new ProofResults(
                contracts,
                json.get("intRules").getAsString(),
                json.get("settings").toString(),
                totals.get("mutants").getAsInt(),
                totals.get("mutantsCaught").getAsInt()));
    }

    /**
     * The contracts {@code name} designates: {@code Class} for all of a class's contracts, {@code
     * Class::method} for one method's (a constructor is {@code Class::Class}).
     */
    public List<Contract> matching(String name) {
        String type = name.contains("::") ? name.substring(0, name.indexOf("::")) : name;
        String method = name.contains("::") ? name.substring(name.indexOf("::") + 2) : null;
        return contracts.stream()
                .filter(c -> c.simpleType().equals(type))
                .filter(c -> method == null
                        || c.method().equals(method)
                        || c.method().startsWith(method + "(")
                        || (method.equals(type) && c.method().startsWith("<init>")))
                .toList();
    }
}
