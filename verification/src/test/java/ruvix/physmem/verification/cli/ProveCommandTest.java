package ruvix.physmem.verification.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prove command's error paths; the proofs themselves run in CoreProofTest. */
class ProveCommandTest {
    @TempDir
    Path root;

    @AfterEach
    void clearRoot() {
        System.clearProperty("physmem.root");
    }

    @Test
    void aCheckoutWithoutTheCoreIsAOneLineUsageError() {
        System.setProperty("physmem.root", root.toString());
        CommandLineHarness r = CommandLineHarness.run("prove");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().startsWith("physmem: proved core not found at "), r.err());
        assertEquals(1, r.err().strip().lines().count());
    }

    @Test
    void aMalformedKnownOpenListIsNamedWithItsLine() throws Exception {
        writeEmptyCore();
        Path list = root.resolve("verification/src/test/resources/known-open.txt");
        Files.createDirectories(list.getParent());
        Files.writeString(list, "# comment\nBuddyModel::alloc without a reason\n");
        System.setProperty("physmem.root", root.toString());
        CommandLineHarness r = CommandLineHarness.run("prove");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertTrue(r.err().contains("known-open.txt:2: expected 'contract | reason'"), r.err());
    }

    @Test
    void noWorkersIsAOneLineUsageError() throws Exception {
        writeEmptyCore();
        System.setProperty("physmem.root", root.toString());
        CommandLineHarness r = CommandLineHarness.run("prove", "--workers", "0");
        assertEquals(ExitCodes.USAGE, r.exitCode());
        assertEquals("physmem: --workers must be at least 1, got 0", r.err().strip());
    }

    private void writeEmptyCore() throws Exception {
        Path core = root.resolve("model/src/core/java/ruvix/physmem/model");
        Files.createDirectories(core);
        Files.writeString(
                core.resolve("BuddyModel.java"), "package ruvix.physmem.model; public final class BuddyModel {}\n");
    }
}
