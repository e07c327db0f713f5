package ruvix.physmem.verification.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import ruvix.physmem.verification.ContractOutcome;
import ruvix.physmem.verification.CoreFiles;
import ruvix.physmem.verification.CoreMutants;
import ruvix.physmem.verification.KnownOpen;
import ruvix.physmem.verification.MutantOutcome;
import ruvix.physmem.verification.ProofReport;
import ruvix.physmem.verification.ProofRun;
import ruvix.physmem.verification.ProofScripts;
import ruvix.physmem.verification.ProofWorkers;
import ruvix.physmem.verification.SavedProofs;

/** KeY proves every JML contract of the model's core, then checks the vacuity mutants. */
@Command(
        name = "prove",
        mixinStandardHelpOptions = true,
        description = "Prove every JML contract of the model's core with KeY (overflow-checked integers), run the "
                + "vacuity mutants and OpenJML if installed, and write verification/target/proof-report.{json,md}.")
public final class ProveCommand implements Callable<Integer> {
    private static final Pattern CONTRACT_LINE = Pattern.compile("^\\[\\s*(\\d+)/(\\d+)\\]");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = "--only",
            paramLabel = "CONTRACT",
            description = "Prove only this contract, by its short name as in the report (e.g. 'alloc(int) #2'), and"
                    + " run only the mutants that target it; repeatable. The report is not written then.")
    private List<String> only = new ArrayList<>();

    @CommandLine.Option(
            names = "--workers",
            paramLabel = "N",
            description = "Worker JVMs that prove side by side (default: the cores, at most two; KeY's loader is"
                    + " not safe to run twice in one JVM).")
    private Integer workers;

    @CommandLine.Option(
            names = "--save-proofs",
            description = "Save the proof of every contract that closes by search (no saved proof yet, or one that no"
                    + " longer replays) with at least " + SavedProofs.MIN_NODES + " nodes or "
                    + SavedProofs.MIN_SEARCH_MILLIS / 1000 + " s of search as"
                    + " verification/proofs/<contract>.proof.gz, for later runs to replay.")
    private boolean saveProofs;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path module = Workspace.root().resolve("verification");
        Path core;
        Map<String, String> knownOpen;
        try {
            core = CoreFiles.coreFolder(module);
            knownOpen = KnownOpen.read(module.resolve(KnownOpen.FILE));
        } catch (IllegalStateException | IOException e) {
            err.println("physmem: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        if (workers != null && workers < 1) {
            err.println("physmem: --workers must be at least 1, got " + workers);
            return ExitCodes.USAGE;
        }
        long start = System.nanoTime();
        Set<String> selected = Set.copyOf(only);
        ProofReport report = ProofRun.run(
                core,
                module.resolve("target").resolve("proofs"),
                knownOpen,
                module.resolve(ProofScripts.DIR),
                saveProofs,
                CoreMutants.all(),
                selected,
                workers == null ? ProofWorkers.parallelism() : workers,
                line -> {
                    Matcher m = CONTRACT_LINE.matcher(line);
                    String clock = String.format("%6.1fs ", (System.nanoTime() - start) / 1e9);
                    if (m.find()) {
                        int done = Integer.parseInt(m.group(1));
                        int total = Integer.parseInt(m.group(2));
                        int filled = done * 30 / total;
                        err.println(clock + "[" + "#".repeat(filled) + " ".repeat(30 - filled) + "] " + line);
                    } else {
                        err.println(clock + line);
                    }
                    err.flush();
                });
        if (selected.isEmpty()) {
            report.write(module.resolve("target"));
        } else if (report.contracts().isEmpty()) {
            err.println("physmem: no contract named " + only);
            return ExitCodes.USAGE;
        }
        long open = report.contracts().size() - report.closed();
        long unexpected = report.contracts().stream()
                .filter(c -> !c.closed() && !knownOpen.containsKey(c.contract()))
                .count();
        long notCaught = report.mutants().stream()
                .filter(mu -> mu.verdict() == MutantOutcome.Verdict.NOT_CAUGHT)
                .count();
        out.printf(
                "proofs   %d / %d contracts closed (%d auto, %d by script, %d by saved proof), %d open (%d listed as"
                        + " known open)%n",
                report.closed(),
                report.contracts().size(),
                report.closedBy("auto"),
                report.closedBy("script"),
                report.closedBy("replay"),
                open,
                open - unexpected);
        out.printf(
                "mutants  %d / %d caught%n",
                report.mutants().stream().filter(MutantOutcome::caught).count(),
                report.mutants().size());
        out.printf(
                "settings %s, %.0f s in all; OpenJML: %s%n",
                report.intRules(), report.totalMillis() / 1000.0, report.openJml());
        for (ContractOutcome c : report.contracts()) {
            if (!c.closed() && !knownOpen.containsKey(c.contract())) {
                out.println("OPEN     " + c.contract() + " (" + c.openGoalCount() + " open goals)");
                c.openGoals().forEach(goal -> out.println("  goal   " + goal));
            }
        }
        List<ContractOutcome> stale = report.contracts().stream()
                .filter(ContractOutcome::savedProofStale)
                .toList();
        long staleLeft = 0;
        for (ContractOutcome c : stale) {
            boolean replaced = saveProofs && c.closed();
            staleLeft += replaced ? 0 : 1;
            out.println((replaced ? "REPLACED " : "STALE    ") + c.savedProof() + ": " + String.join("; ", c.notes()));
        }
        if (selected.isEmpty()) {
            out.println("report   " + module.resolve("target").resolve("proof-report.md"));
        }
        return unexpected == 0 && notCaught == 0 && staleLeft == 0 ? ExitCodes.OK : ExitCodes.FAILURE;
    }
}
