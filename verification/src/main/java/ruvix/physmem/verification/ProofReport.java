package ruvix.physmem.verification;

import com.google.gson.GsonBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The proof report: totals first, then one entry per contract, per mutant, and the OpenJML
 * status. Written as JSON for tools and Markdown for people.
 *
 * @param knownOpen contracts listed in known-open.txt with the reason they do not close yet
 * @param workers the number of worker JVMs the proofs ran on (the time is wall-clock time)
 * @param openJml the OpenJML runner's verdict ("SKIPPED: OpenJML not installed", ...)
 */
public record ProofReport(
        String intRules,
        List<ProverSettings> settings,
        int workers,
        List<ContractOutcome> contracts,
        Map<String, String> knownOpen,
        List<MutantOutcome> mutants,
        String openJml,
        long totalMillis) {

    public long closed() {
        return contracts.stream().filter(ContractOutcome::closed).count();
    }

    public long closedBy(String how) {
        return contracts.stream()
                .filter(c -> c.closed() && c.closedBy().equals(how))
                .count();
    }

    public void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("proof-report.json"), json());
        Files.writeString(dir.resolve("proof-report.md"), markdown());
    }

    String json() {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> totals = new LinkedHashMap<>();
        totals.put("contracts", contracts.size());
        totals.put("closed", closed());
        totals.put("closedAuto", closedBy("auto"));
        totals.put("closedByScript", closedBy("script"));
        totals.put("closedBySavedProof", closedBy("replay"));
        totals.put("open", contracts.size() - closed());
        totals.put("mutants", mutants.size());
        totals.put(
                "mutantsCaught", mutants.stream().filter(MutantOutcome::caught).count());
        totals.put(
                "mutantsInconclusive",
                mutants.stream()
                        .filter(m -> m.verdict() == MutantOutcome.Verdict.INCONCLUSIVE)
                        .count());
        totals.put("totalMillis", totalMillis);
        totals.put("workers", workers);
        root.put("totals", totals);
        root.put("intRules", intRules);
        root.put("settings", settings);
        root.put("mutantSettings", ProverSettings.mutantBudget());
        root.put("contracts", contracts);
        root.put("knownOpen", knownOpen);
        root.put(
                "mutants",
                mutants.stream()
                        .map(m -> Map.of(
                                "id", m.id(),
                                "description", m.description(),
                                "verdict", m.verdict(),
                                "targets", m.targets(),
                                "caughtBy", m.caughtBy(),
                                "millis", m.millis()))
                        .toList());
        root.put("openJml", openJml);
        return new GsonBuilder()
                .setPrettyPrinting()
                .disableHtmlEscaping()
                .create()
                .toJson(root);
    }

    String markdown() {
        StringBuilder md = new StringBuilder("# KeY proof report: model core (BuddyModel)\n\n");
        md.append("| contracts | closed | by auto | by script | by saved proof | open | mutants caught | time |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        md.append(String.format(
                "| %d | %d | %d | %d | %d | %d | %d / %d | %.1f s |%n%n",
                contracts.size(),
                closed(),
                closedBy("auto"),
                closedBy("script"),
                closedBy("replay"),
                contracts.size() - closed(),
                mutants.stream().filter(MutantOutcome::caught).count(),
                mutants.size(),
                totalMillis / 1000.0));
        md.append(String.format(
                "Wall-clock time on %d worker JVM%s (contracts, then mutants, handed out one at a time).%n%n",
                workers, workers == 1 ? "" : "s"));
        md.append("Integer semantics: `").append(intRules).append("`. ");
        md.append("Settings profiles (a mutant's attempt at a contract gets " + ProverSettings.mutantBudget()
                + ": a spec too weak to reject the bug would let KeY close the mutant with about the original's"
                + " effort):\n\n");
        for (ProverSettings s : settings) {
            md.append(String.format(
                    "- **%s**: at most %d steps and %d s per contract; ",
                    s.name(), s.maxSteps(), s.timeoutMillis() / 1000));
            s.strategy().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> md.append('`')
                    .append(e.getKey())
                    .append('=')
                    .append(e.getValue())
                    .append("` "));
            md.append('\n');
        }
        md.append("\nA contract marked *script* is proved by the committed KeY proof script named next to it"
                + " (verification/proofs/), run on the same proof obligation with its settings profile; it counts"
                + " as closed only if the script leaves no open goal. A contract marked *replay* is proved by"
                + " replaying its committed saved proof (verification/proofs/, refreshed by `./physmem prove"
                + " --save-proofs`): KeY applies and checks every recorded rule application on the contract's proof"
                + " obligation, and it counts as closed only if no goal is left; the search that found the proof"
                + " (auto mode or the script) and its time are named next to it. A saved proof that no longer"
                + " replays fails the build, after the contract was searched again.\n");
        md.append("\nOpenJML: ").append(openJml).append("\n\n## Contracts\n\n");
        md.append("| class | method | behaviour | status | how | settings | nodes | branches | time |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        for (ContractOutcome c : contracts) {
            md.append(String.format(
                    "| %s | %s | %s | %s | %s | %s | %d | %d | %.1f s |%n",
                    simple(c.type()),
                    c.method(),
                    c.behaviour(),
                    c.status() == ContractOutcome.Status.OPEN && knownOpen.containsKey(c.contract())
                            ? "OPEN (known)"
                            : c.status().toString(),
                    how(c),
                    c.settings(),
                    c.nodes(),
                    c.branches(),
                    c.millis() / 1000.0));
        }
        Set<String> listed = knownOpen.keySet();
        if (!listed.isEmpty()) {
            md.append("\n## Known open contracts and why\n\n");
            knownOpen.forEach((name, why) ->
                    md.append("- `").append(name).append("`: ").append(why).append('\n'));
        }
        md.append(
                "\n## Mutants (vacuity guard)\n\nA mutant is CAUGHT when a contract that closes on the original core does not"
                        + " close on the mutant. INCONCLUSIVE: its target contract is open on the original too, so KeY"
                        + " failing on the mutant shows nothing. The time includes loading the mutant in KeY.\n\n| mutant | what it breaks | verdict | caught by (or target) | time |\n|---|---|---|---|---|\n");
        for (MutantOutcome m : mutants) {
            md.append(String.format(
                    "| %s | %s | %s | %s | %.1f s |%n",
                    m.id(),
                    m.description(),
                    m.verdict(),
                    String.join(
                            "<br>",
                            (m.caught() ? m.caughtBy() : m.targets())
                                    .stream().map(KeyProverNames::shortName).toList()),
                    m.millis() / 1000.0));
        }
        return md.toString();
    }

    private static String how(ContractOutcome c) {
        if (c.closedBy().equals("replay")) {
            return String.format(
                    "replay (%s; %s in %.1f s)",
                    ProofScripts.DIR.resolve(c.savedProof()), String.join("; ", c.notes()), c.searchMillis() / 1000.0);
        }
        String how = c.script().equals("-") ? c.closedBy() : c.closedBy() + " (" + scriptName(c.script()) + ")";
        return c.savedProofStale() ? how + "; saved proof stale: " + String.join("; ", c.notes()) : how;
    }

    private static String scriptName(String script) {
        return ProofScripts.DIR.resolve(Path.of(script).getFileName()).toString();
    }

    private static String simple(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
