package ruvix.physmem.verification.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import ruvix.physmem.MemoryMap;

class EvidenceJudgeTest {
    @TempDir
    Path root;

    private EvidenceJudge judge(Map<String, CheckResult> checks) throws Exception {
        return new EvidenceJudge(
                root, ProofResults.read(root), TestResults.read(root), checks, BenchResults.read(root));
    }

    private static Evidence e(Evidence.Kind kind, String target) {
        return new Evidence(kind, target);
    }

    @Test
    void proofsMatchByClassAndMethod() throws Exception {
        FakeWorkspace w = new FakeWorkspace(root);
        w.proofReport(Set.of("alloc", "<init>"), "CLOSED");
        EvidenceJudge j = judge(Map.of());
        assertTrue(j.judge(e(Evidence.Kind.PROOF, "BuddyModel")).green());
        assertEquals(
                "1 contract(s) closed",
                j.judge(e(Evidence.Kind.PROOF, "BuddyModel::alloc")).detail());
        assertTrue(j.judge(e(Evidence.Kind.PROOF, "BuddyModel::BuddyModel")).green(), "the constructor");
        assertEquals(
                "no contract matches BuddyModel::free",
                j.judge(e(Evidence.Kind.PROOF, "BuddyModel::free")).detail());
        assertFalse(j.judge(e(Evidence.Kind.PROOF, "Other")).green());
    }

    @Test
    void withoutReportsEverythingButFilesIsRed() throws Exception {
        EvidenceJudge j = judge(Map.of());
        assertEquals(
                "no proof report: the proofs did not run",
                j.judge(e(Evidence.Kind.PROOF, "BuddyModel")).detail());
        assertEquals(
                "did not run in the build",
                j.judge(e(Evidence.Kind.TEST, "a.B")).detail());
        assertEquals(
                "the audit did not run a check of tiny",
                j.judge(e(Evidence.Kind.CHECK, "tiny")).detail());
        assertEquals(
                "no benchmark results (run bench/run)",
                j.judge(e(Evidence.Kind.BENCHMARK, "reset")).detail());
        assertTrue(j.judge(e(Evidence.Kind.PROFILE, "rpi4")).green());
        assertFalse(j.judge(e(Evidence.Kind.PROFILE, "pdp-11")).green());
    }

    @Test
    void testsChecksAndDocs() throws Exception {
        FakeWorkspace w = new FakeWorkspace(root);
        w.testReport("a.Green", 4, 0);
        w.testReport("a.Red", 4, 2);
        Files.writeString(root.resolve("notes.md"), "# Title\n\n## Bounded latency\n\ntext\n");
        MemoryMap map = MemoryMap.single(12, 0, 16);
        EvidenceJudge j = judge(Map.of(
                "tiny", new CheckResult("tiny", map, 100, 0.1, Map.of(), null),
                "rpi4", new CheckResult("rpi4", map, 7, 0.1, Map.of(), "diverge at step 3\ntrace")));
        assertEquals(
                "4 test(s) passed", j.judge(e(Evidence.Kind.TEST, "a.Green")).detail());
        assertEquals(
                "2 failed, 0 skipped of 4",
                j.judge(e(Evidence.Kind.TEST, "a.Red")).detail());
        assertTrue(j.judge(e(Evidence.Kind.CHECK, "tiny")).green());
        assertEquals(
                "divergence: diverge at step 3",
                j.judge(e(Evidence.Kind.CHECK, "rpi4")).detail());
        assertTrue(j.judge(e(Evidence.Kind.DOC, "notes.md#Bounded latency")).green());
        assertEquals(
                "no heading 'Unbounded'",
                j.judge(e(Evidence.Kind.DOC, "notes.md#Unbounded")).detail());
        assertFalse(j.judge(e(Evidence.Kind.DOC, "absent.md#Title")).green());
        assertTrue(j.judge(e(Evidence.Kind.DOC, "notes.md")).green());
        assertFalse(j.allGreen(java.util.List.of()), "no evidence is not green");
        assertEquals(Optional.empty(), BenchResults.read(root));
    }
}
