package ruvix.physmem.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Proves every JML contract of the model core with KeY in the build, runs the vacuity mutants and
 * OpenJML, and writes target/proof-report.{json,md}. Fails on any open contract that is not listed
 * in known-open.txt, on any listed contract that now closes, and on any mutant not caught.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CoreProofTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();

    private ProofReport report;
    private Map<String, String> knownOpen;

    @BeforeAll
    void proveEverything() throws Exception {
        knownOpen = KnownOpen.read(MODULE.resolve(KnownOpen.FILE));
        Path core = CoreFiles.coreFolder(MODULE);
        report = ProofRun.run(
                core,
                MODULE.resolve("target/proofs"),
                knownOpen,
                MODULE.resolve(ProofScripts.DIR),
                false,
                CoreMutants.all(),
                Set.of(),
                ProofWorkers.parallelism(),
                System.out::println);
        report.write(MODULE.resolve("target"));
    }

    @Test
    void theIntegerSemanticsChecksOverflow() {
        assertEquals(ProverSettings.CHECKING_OF, report.intRules());
    }

    @Test
    void everyContractClosesUnlessKnownOpen() {
        List<ContractOutcome> unexpected = report.contracts().stream()
                .filter(c -> !c.closed() && !knownOpen.containsKey(c.contract()))
                .toList();
        String detail = unexpected.stream()
                .map(c -> c.status() + " " + c.contract() + " (" + c.openGoalCount() + " open goals)\n  "
                        + String.join("\n  ", c.openGoals()))
                .collect(Collectors.joining("\n"));
        assertTrue(unexpected.isEmpty(), "contracts that did not close:\n" + detail);
    }

    @Test
    void knownOpenListDoesNotRot() {
        Map<String, ContractOutcome> byName =
                report.contracts().stream().collect(Collectors.toMap(ContractOutcome::contract, c -> c));
        List<String> stale = knownOpen.keySet().stream()
                .filter(name -> !byName.containsKey(name) || byName.get(name).closed())
                .toList();
        assertTrue(stale.isEmpty(), "known-open.txt lists contracts that now close or no longer exist: " + stale);
    }

    @Test
    void everySavedProofStillReplays() throws Exception {
        List<String> stale = report.contracts().stream()
                .filter(ContractOutcome::savedProofStale)
                .map(c -> c.savedProof() + ": " + String.join("; ", c.notes()))
                .toList();
        Set<String> expected = report.contracts().stream()
                .map(c -> SavedProofs.fileName(c.contract()))
                .collect(Collectors.toSet());
        List<String> orphans = new SavedProofs(MODULE.resolve(ProofScripts.DIR))
                .files().stream().filter(f -> !expected.contains(f)).toList();
        assertTrue(
                stale.isEmpty() && orphans.isEmpty(),
                "saved proofs that no longer replay " + stale + " or name no contract " + orphans
                        + "; refresh them with ./physmem prove --save-proofs");
    }

    @Test
    void everyConclusiveMutantIsCaught() {
        List<String> missed = report.mutants().stream()
                .filter(m -> m.verdict() == MutantOutcome.Verdict.NOT_CAUGHT)
                .map(MutantOutcome::id)
                .toList();
        assertTrue(missed.isEmpty(), "mutants whose contracts still close (spec too weak): " + missed);
        long caught = report.mutants().stream().filter(MutantOutcome::caught).count();
        assertTrue(caught >= 10, "at least 10 mutants must be caught by closed contracts, got " + caught);
    }

    @Test
    void inconclusiveMutantsOnlyTargetKnownOpenContracts() {
        List<String> odd = report.mutants().stream()
                .filter(m -> m.verdict() == MutantOutcome.Verdict.INCONCLUSIVE)
                .filter(m -> !knownOpen.keySet().containsAll(m.targets()))
                .map(MutantOutcome::id)
                .toList();
        assertTrue(odd.isEmpty(), "inconclusive mutants whose target is not known-open: " + odd);
    }

    @Test
    void openJmlChecksTheCoreWhenInstalled() throws Exception {
        assumeTrue(OpenJmlRunner.findExecutable().isPresent(), "OpenJML not installed");
        OpenJmlRunner.Result r = OpenJmlRunner.run(CoreFiles.coreFolder(MODULE), MODULE.resolve("target/openjml"));
        assertTrue(r.typeCheckPassed(), r.summary());
    }
}
