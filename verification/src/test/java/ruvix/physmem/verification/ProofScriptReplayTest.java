package ruvix.physmem.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import de.uka.ilkd.key.speclang.Contract;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The script path of the runner end to end, on the smallest contract of the core: a script that
 * closes the proof counts as closed by script, one that fails or stops early leaves it open.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProofScriptReplayTest {
    private static final Path MODULE = Path.of("").toAbsolutePath();

    @TempDir
    Path dir;

    private KeyProver prover;
    private Contract lastSplits;

    @BeforeAll
    void load() throws Exception {
        prover = KeyProver.load(CoreFiles.coreFolder(MODULE), ProverSettings.standard());
        lastSplits = prover.contracts().stream()
                .filter(c -> KeyProverNames.shortName(c.getName()).equals("lastSplits() #0"))
                .findFirst()
                .orElseThrow();
    }

    @AfterAll
    void close() {
        prover.close();
    }

    @Test
    void aScriptThatClosesTheProofCountsAsClosedByScript() throws Exception {
        ContractOutcome o = prove("auto;\n");
        assertTrue(o.closed(), o.openGoals().toString());
        assertEquals("script", o.closedBy());
        assertTrue(o.script().endsWith("closes.script"));
    }

    @Test
    void aScriptThatStopsEarlyLeavesTheContractOpen() throws Exception {
        ContractOutcome o = prove("auto steps=1;\n");
        assertFalse(o.closed());
        assertEquals("-", o.closedBy());
    }

    @Test
    void aFailingScriptLeavesTheContractOpenAndSaysWhy() throws Exception {
        ContractOutcome o = prove("rule noSuchRule;\n");
        assertFalse(o.closed());
        assertFalse(o.openGoals().isEmpty(), "the reason is reported");
    }

    private ContractOutcome prove(String text) throws Exception {
        String name = text.startsWith("auto;") ? "closes.script" : "other" + text.length() + ".script";
        Path script = Files.writeString(dir.resolve(name), text);
        return prover.prove(lastSplits, ProverSettings.standard(), Optional.of(script));
    }
}
