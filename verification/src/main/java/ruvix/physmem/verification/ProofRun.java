package ruvix.physmem.verification;

import de.uka.ilkd.key.speclang.Contract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** One full verification run: every contract of the core, then every mutant, then OpenJML. */
public final class ProofRun {
    private ProofRun() {}

    /**
     * Proves the selected contracts (by short name as in the report, e.g. "alloc(int) #2"; all of
     * them if {@code only} is empty), each by replaying its saved proof, or else by its committed
     * script if there is one or auto mode, then the mutants that target a selected contract (always
     * by search). With {@code saveProofs}, contracts that close by search save their proofs in
     * {@code scriptsDir}. Both phases run on {@code workers} worker JVMs.
     */
    public static ProofReport run(
            Path coreFolder,
            Path workDir,
            Map<String, String> knownOpen,
            Path scriptsDir,
            boolean saveProofs,
            List<CoreMutant> mutants,
            Set<String> only,
            int workers,
            Consumer<String> progress)
            throws IOException, InterruptedException {
        long start = System.currentTimeMillis();
        ProofWorkers.Batch<ContractOutcome> proved = ProofWorkers.run(
                WorkOrder.contracts(
                        coreFolder.toString(),
                        scriptsDir.toString(),
                        saveProofs,
                        List.copyOf(knownOpen.keySet()),
                        List.copyOf(only)),
                ContractOutcome.class,
                workers,
                workDir.resolve("contracts"),
                (o, arrived, items) -> progress.accept(String.format(
                        "[%2d/%d] %-6s %-6s %6d nodes %8.1f s  %s",
                        arrived,
                        items,
                        o.status(),
                        o.closedBy(),
                        o.nodes(),
                        o.millis() / 1000.0,
                        KeyProverNames.shortName(o.contract()))));
        List<ContractOutcome> outcomes = proved.outcomes();
        Map<String, OriginalProof> closedOnOriginal = outcomes.stream()
                .filter(ContractOutcome::closed)
                .collect(Collectors.toMap(ContractOutcome::contract, OriginalProof::of));
        Set<String> ran = outcomes.stream().map(ContractOutcome::contract).collect(Collectors.toSet());
        List<CoreMutant> relevant =
                mutants.stream().filter(m -> ran.stream().anyMatch(m::targets)).toList();
        List<MutantOutcome> mutantOutcomes = relevant.isEmpty()
                ? List.of()
                : runMutants(relevant, coreFolder, scriptsDir, workDir, closedOnOriginal, workers, progress);
        OpenJmlRunner.Result openJml = OpenJmlRunner.run(coreFolder, workDir.resolve("openjml"));
        progress.accept("OpenJML: " + openJml.summary());
        return new ProofReport(
                proved.semantics(),
                ProverSettings.all(),
                workers,
                outcomes,
                knownOpen,
                mutantOutcomes,
                openJml.summary(),
                System.currentTimeMillis() - start);
    }

    /** The mutants on the workers, longest budget first; the outcomes in the catalogue's order. */
    private static List<MutantOutcome> runMutants(
            List<CoreMutant> mutants,
            Path coreFolder,
            Path scriptsDir,
            Path workDir,
            Map<String, OriginalProof> closedOnOriginal,
            int workers,
            Consumer<String> progress)
            throws IOException, InterruptedException {
        List<MutantOutcome> outcomes = ProofWorkers.run(
                        WorkOrder.mutants(
                                coreFolder.toString(),
                                scriptsDir.toString(),
                                workDir.resolve("mutants").toString(),
                                MutantSchedule.longestFirst(mutants, closedOnOriginal),
                                closedOnOriginal),
                        MutantOutcome.class,
                        workers,
                        workDir.resolve("mutant-workers"),
                        (mo, arrived, items) -> progress.accept(String.format(
                                "mutant %-36s %-12s %6.1f s  %s",
                                mo.id(),
                                mo.verdict(),
                                mo.millis() / 1000.0,
                                (mo.caught() ? mo.caughtBy() : mo.targets())
                                        .stream().map(KeyProverNames::shortName).toList())))
                .outcomes();
        return MutantSchedule.inCatalogueOrder(mutants, outcomes);
    }

    /**
     * A mutant is caught when a contract that KeY closes on the original core does not close on
     * the mutant with the same profile, the same script and a step and time budget of a few times
     * the original proof ({@link ProverSettings#forMutant}): a contract that is open anyway proves
     * nothing about the mutant.
     */
    static MutantOutcome runMutant(
            CoreMutant m, Path coreFolder, Path dir, Map<String, OriginalProof> closedOnOriginal, ProofScripts scripts)
            throws IOException {
        long start = System.currentTimeMillis();
        Path mutated = m.applyTo(coreFolder, dir);
        List<ContractOutcome> attempts = new ArrayList<>();
        List<String> caughtBy = new ArrayList<>();
        List<String> targets = new ArrayList<>();
        try (KeyProver prover = KeyProver.load(mutated, ProverSettings.standard())) {
            for (Contract c : prover.contracts()) {
                if (m.targets(c.getName())) {
                    targets.add(c.getName());
                }
            }
            if (targets.size() != m.targets().size()) {
                throw new IllegalStateException(
                        "mutant " + m.id() + ": targets " + m.targets() + " matched " + targets);
            }
            if (targets.stream().noneMatch(closedOnOriginal::containsKey)) {
                return new MutantOutcome(
                        m.id(),
                        m.description(),
                        MutantOutcome.Verdict.INCONCLUSIVE,
                        targets,
                        caughtBy,
                        attempts,
                        System.currentTimeMillis() - start);
            }
            for (Contract c : prover.contracts()) {
                if (!targets.contains(c.getName()) || !closedOnOriginal.containsKey(c.getName())) {
                    continue;
                }
                ContractOutcome o = prover.prove(
                        c,
                        ProverSettings.forMutant(c.getName(), closedOnOriginal.get(c.getName())),
                        scripts.scriptFor(c.getName()));
                attempts.add(o);
                if (!o.closed()) {
                    caughtBy.add(o.contract());
                }
            }
        } catch (de.uka.ilkd.key.proof.io.ProblemLoaderException e) {
            throw new IllegalStateException("mutant " + m.id() + " does not load in KeY: " + e.getMessage(), e);
        }
        MutantOutcome.Verdict verdict =
                caughtBy.isEmpty() ? MutantOutcome.Verdict.NOT_CAUGHT : MutantOutcome.Verdict.CAUGHT;
        return new MutantOutcome(
                m.id(), m.description(), verdict, targets, caughtBy, attempts, System.currentTimeMillis() - start);
    }
}
