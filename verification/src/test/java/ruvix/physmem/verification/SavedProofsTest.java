package ruvix.physmem.verification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a contract's saved proof is looked up and how its header is read; replaying is in SavedProofReplayTest. */
class SavedProofsTest {
    private static final String TAKE =
            "ruvix.physmem.model.BuddyModel[ruvix.physmem.model.BuddyModel::take(int)].JML normal_behavior operation contract.2";

    @TempDir
    Path dir;

    @Test
    void aSavedProofIsNamedAfterTheContractsShortName() {
        assertEquals("take-int-2.proof.gz", SavedProofs.fileName(TAKE));
    }

    @Test
    void onlyACommittedFileCountsAndTheFolderListsSavedProofsOnly() throws Exception {
        SavedProofs saved = new SavedProofs(dir);
        assertEquals(Optional.empty(), saved.savedFor(TAKE));
        write(
                "take-int-2.proof.gz",
                "// physmem saved proof: found-by=auto profile=steps search-millis=45300 nodes=13382\n");
        Files.writeString(dir.resolve("take-int-2.script"), "auto;\n");
        assertEquals(Optional.of(dir.resolve("take-int-2.proof.gz")), saved.savedFor(TAKE));
        assertEquals(List.of("take-int-2.proof.gz"), saved.files());
        assertEquals(List.of(), new SavedProofs(dir.resolve("absent")).files());
    }

    @Test
    void aSearchIsSavedWhenItsProofIsLargeOrItsSearchLong() {
        SavedProofs saved = new SavedProofs(dir);
        assertTrue(saved.worthSaving(SavedProofs.MIN_NODES, 0));
        assertTrue(saved.worthSaving(10, SavedProofs.MIN_SEARCH_MILLIS));
        assertFalse(saved.worthSaving(SavedProofs.MIN_NODES - 1, SavedProofs.MIN_SEARCH_MILLIS - 1));
    }

    @Test
    void theHeaderRecordsHowTheProofWasFound() throws Exception {
        Path file = write(
                "a.proof.gz",
                "// physmem saved proof: found-by=script:alloc-int-2.script profile=folded-invariant"
                        + " search-millis=33700 nodes=13874\n\\proof {\n}\n");
        assertEquals(
                new SavedProofs.Origin("script:alloc-int-2.script", "folded-invariant", 33_700, 13_874),
                SavedProofs.origin(file));
    }

    @Test
    void aBadHeaderIsRejectedNamingTheFileAndTheProblem() throws Exception {
        Path noHeader = write("b.proof.gz", "\\proof {\n}\n");
        Path noNodes = write("c.proof.gz", "// physmem saved proof: found-by=auto profile=steps search-millis=1\n");
        Path notANumber =
                write("d.proof.gz", "// physmem saved proof: found-by=auto profile=steps search-millis=x nodes=1\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SavedProofs.origin(noHeader))
                .getMessage()
                .startsWith("b.proof.gz: first line"));
        assertEquals(
                "c.proof.gz: header has no nodes=",
                assertThrows(IllegalArgumentException.class, () -> SavedProofs.origin(noNodes))
                        .getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SavedProofs.origin(notANumber))
                .getMessage()
                .startsWith("d.proof.gz: "));
    }

    private Path write(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return file;
    }
}
