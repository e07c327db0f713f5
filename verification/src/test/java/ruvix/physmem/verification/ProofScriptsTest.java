package ruvix.physmem.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a contract's proof script is looked up; running scripts is part of CoreProofTest. */
class ProofScriptsTest {
    private static final String ALLOC =
            "ruvix.physmem.model.BuddyModel[ruvix.physmem.model.BuddyModel::alloc(int)].JML normal_behavior operation contract.2";
    private static final String CONSTRUCTOR = "ruvix.physmem.model.BuddyModel[ruvix.physmem.model.BuddyModel::"
            + "BuddyModel(int,[Z)].JML exceptional_behavior operation contract.0";

    @TempDir
    Path dir;

    @Test
    void aScriptIsNamedAfterTheContractsShortName() {
        assertEquals("alloc-int-2.script", ProofScripts.fileName(ALLOC));
        assertEquals("BuddyModel-int-Z-exceptional-0.script", ProofScripts.fileName(CONSTRUCTOR));
    }

    @Test
    void onlyACommittedFileCountsAsAScript() throws Exception {
        ProofScripts scripts = new ProofScripts(dir);
        assertEquals(Optional.empty(), scripts.scriptFor(ALLOC));
        Files.writeString(dir.resolve("alloc-int-2.script"), "auto;\n");
        assertEquals(Optional.of(dir.resolve("alloc-int-2.script")), scripts.scriptFor(ALLOC));
        assertTrue(scripts.scriptFor(CONSTRUCTOR).isEmpty());
    }
}
