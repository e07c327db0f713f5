package ruvix.physmem.verification;

import de.uka.ilkd.key.speclang.Contract;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/** One full verification run: every contract of the core, then every mutant, then OpenJML. */
public final class ProofRun {
    private ProofRun() {}

    /**
     * Proves the selected contracts (by KeY's contract name; all of them for a full run), each by
     * its committed script if there is one, then the mutants that target a selected contract.
     */
    public static ProofReport run(
            Path coreFolder,
            Path workDir,
            Map<String, String> knownOpen,
            ProofScripts scripts,
            List<CoreMutant> mutants,
            Predicate<String> selected,
            Consumer<String> progress)
            throws Exception {
        long start = System.currentTimeMillis();
        ProverSettings settings = ProverSettings.standard();
        List<ContractOutcome> outcomes = new ArrayList<>();
        String intRules;
        try (KeyProver prover = KeyProver.load(coreFolder, settings)) {
            intRules = prover.activeIntRules();
            List<Contract> contracts = prover.contracts().stream()
                    .filter(c -> selected.test(c.getName()))
                    .toList();
            int i = 0;
            for (Contract c : contracts) {
                ContractOutcome o = prover.prove(
                        c,
                        ProverSettings.forContract(c.getName(), knownOpen.containsKey(c.getName())),
                        scripts.scriptFor(c.getName()));
                outcomes.add(o);
                progress.accept(String.format(
                        "[%2d/%d] %-6s %-6s %6d nodes %8.1f s  %s",
                        ++i,
                        contracts.size(),
                        o.status(),
                        o.closedBy(),
                        o.nodes(),
                        o.millis() / 1000.0,
                        KeyProverNames.shortName(o.contract())));
            }
        }
        Set<String> closedOnOriginal = outcomes.stream()
                .filter(ContractOutcome::closed)
                .map(ContractOutcome::contract)
                .collect(Collectors.toSet());
        List<MutantOutcome> mutantOutcomes = new ArrayList<>();
        Set<String> ran = outcomes.stream().map(ContractOutcome::contract).collect(Collectors.toSet());
        for (CoreMutant m : mutants) {
            if (ran.stream().noneMatch(m::targets)) {
                continue;
            }
            MutantOutcome mo =
                    runMutant(m, coreFolder, workDir.resolve("mutants").resolve(m.id()), closedOnOriginal, scripts);
            mutantOutcomes.add(mo);
            progress.accept(String.format(
                    "mutant %-36s %-12s %s",
                    m.id(),
                    mo.verdict(),
                    mo.caught()
                            ? mo.caughtBy().stream()
                                    .map(KeyProverNames::shortName)
                                    .toList()
                            : mo.targets().stream()
                                    .map(KeyProverNames::shortName)
                                    .toList()));
        }
        OpenJmlRunner.Result openJml = OpenJmlRunner.run(coreFolder, workDir.resolve("openjml"));
        progress.accept("OpenJML: " + openJml.summary());
        return new ProofReport(
                intRules,
                ProverSettings.all(),
                outcomes,
                knownOpen,
                mutantOutcomes,
                openJml.summary(),
                System.currentTimeMillis() - start);
    }

    /**
     * A mutant is caught when a contract that KeY closes on the original core does not close on
     * the mutant with the same settings and the same script: a contract that is open anyway proves
     * nothing about the mutant.
     */
    static MutantOutcome runMutant(
            CoreMutant m, Path coreFolder, Path dir, Set<String> closedOnOriginal, ProofScripts scripts)
            throws IOException {
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
            if (targets.stream().noneMatch(closedOnOriginal::contains)) {
                return new MutantOutcome(
                        m.id(), m.description(), MutantOutcome.Verdict.INCONCLUSIVE, targets, caughtBy, attempts);
            }
            for (Contract c : prover.contracts()) {
                if (!targets.contains(c.getName()) || !closedOnOriginal.contains(c.getName())) {
                    continue;
                }
                ContractOutcome o =
                        prover.prove(c, ProverSettings.forContract(c.getName()), scripts.scriptFor(c.getName()));
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
        return new MutantOutcome(m.id(), m.description(), verdict, targets, caughtBy, attempts);
    }
}
