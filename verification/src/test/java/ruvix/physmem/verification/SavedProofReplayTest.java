package ruvix.physmem.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.uka.ilkd.key.speclang.Contract;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved-proof path of the runner end to end, on small contracts of the core: a search saves
 * its proof, a later run replays it, a saved proof that does not fit its contract (or is not a
 * proof at all) falls back to the search and is reported stale, and a proof that KeY saves but
 * cannot load again is not kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedProofReplayTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();

    private KeyProver prover;
    private Contract lastSplits;
    private Contract larger;

    @BeforeAll
    void load() throws Exception {
        prover = KeyProver.load(CoreFiles.coreFolder(MODULE), ProverSettings.standard());
        lastSplits = contract("lastSplits() #0");
        larger = contract("larger(int,int) #0");
    }

    @AfterAll
    void close() {
        prover.close();
    }

    @Test
    void aSearchSavesItsProofAndTheNextRunReplaysIt(@TempDir Path dir) throws Exception {
        SavedProofs saved = new SavedProofs(dir, 1);
        ContractOutcome searched = prove(lastSplits, saved, true);
        assertEquals("auto", searched.closedBy());
        Path file = saved.savedFor(lastSplits.getName()).orElseThrow();
        assertEquals(
                new SavedProofs.Origin("auto", "standard", searched.millis(), searched.nodes()),
                SavedProofs.origin(file));

        ContractOutcome replayed = prove(lastSplits, saved, false);
        assertTrue(replayed.closed());
        assertEquals("replay", replayed.closedBy());
        assertEquals(searched.nodes(), replayed.nodes());
        assertEquals(searched.millis(), replayed.searchMillis(), "a mutant's budget follows the search");
        assertFalse(replayed.savedProofStale());
    }

    @Test
    void aSavedProofOfAnotherContractIsStaleAndTheContractIsSearched(@TempDir Path dir) throws Exception {
        SavedProofs saved = new SavedProofs(dir, 1);
        prove(larger, saved, true);
        Files.move(
                saved.savedFor(larger.getName()).orElseThrow(),
                dir.resolve(SavedProofs.fileName(lastSplits.getName())));

        ContractOutcome o = prove(lastSplits, saved, false);
        assertTrue(o.closed());
        assertEquals("auto", o.closedBy());
        assertTrue(o.savedProofStale());
        assertFalse(o.notes().isEmpty(), "the reason is reported");
    }

    @Test
    void aRefreshRemovesAStaleSavedProofWhoseSearchIsNowBelowTheMinimum(@TempDir Path dir) throws Exception {
        prove(larger, new SavedProofs(dir, 1), true);
        Path file = dir.resolve(SavedProofs.fileName(lastSplits.getName()));
        Files.move(new SavedProofs(dir, 1).savedFor(larger.getName()).orElseThrow(), file);

        ContractOutcome o = prove(lastSplits, new SavedProofs(dir, 1_000_000), true);
        assertTrue(o.closed());
        assertTrue(o.savedProofStale());
        assertFalse(Files.exists(file), "the stale file is gone, so the next build does not fail on it");
    }

    @Test
    void aFileThatIsNoSavedProofIsStaleAndSaysWhy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(SavedProofs.fileName(lastSplits.getName()));
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("\\proof { (branch \"dummy ID\" (rule \"noSuchRule\")) }".getBytes(StandardCharsets.UTF_8));
        }
        ContractOutcome o = prove(lastSplits, new SavedProofs(dir, 1), false);
        assertEquals("auto", o.closedBy());
        assertTrue(o.savedProofStale());
        assertTrue(o.notes().get(0).contains("first line"), o.notes().toString());
    }

    @Test
    void aSavedProofThatDoesNotReplayIsRemovedAndTheReasonNoted(@TempDir Path dir) throws Exception {
        // KeY 2.12.3 saves this proof's elimGcdEq steps with an instantiation it cannot load again.
        Contract c = contract("inLowerHalf(int,int,int,int) #0");
        SavedProofs saved = new SavedProofs(dir, 1);

        ContractOutcome o = prover.prove(c, ProverSettings.forContract(c.getName()), Optional.empty(), saved, true);

        assertTrue(o.closed());
        assertTrue(saved.savedFor(c.getName()).isEmpty(), "a file that does not replay would fail every build");
        assertTrue(
                o.notes().stream().anyMatch(n -> n.startsWith("proof not saved")),
                o.notes().toString());
    }

    private ContractOutcome prove(Contract c, SavedProofs saved, boolean save) {
        return prover.prove(c, ProverSettings.standard(), Optional.empty(), saved, save);
    }

    private Contract contract(String shortName) {
        return prover.contracts().stream()
                .filter(c -> KeyProverNames.shortName(c.getName()).equals(shortName))
                .findFirst()
                .orElseThrow();
    }
}
