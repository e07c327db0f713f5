package ruvix.physmem.verification.audit;

import java.util.List;
import java.util.Optional;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.Block;
import ruvix.physmem.MemoryMap;

/**
 * Everything the audit report shows, gathered once and rendered as HTML and as Markdown.
 *
 * @param profile the profile audited
 * @param commit the git commit audited, or "unknown"
 * @param requirements the ADR-087 trace
 * @param invariants the invariant catalogue
 * @param judge decides each piece of evidence
 * @param proofs the KeY report, if the proofs ran
 * @param tests the build's test results
 * @param checks the audit's differential runs
 * @param bench the latest benchmark results, if any
 * @param drift files of generated/ that differ from a fresh generation (empty: none)
 * @param sampleMap the map of the picture
 * @param free free blocks after the sample workload
 * @param allocated allocated blocks after the sample workload
 * @param freeAreas free blocks and fragmentation indices per order after the sample workload
 * @param buddyinfo the allocator's {@code /proc/buddyinfo} line after the sample workload
 * @param generatedLines lines of each generated allocator, by class name
 */
public record AuditData(
        AllocatorProfile profile,
        String commit,
        List<Requirement> requirements,
        List<Invariant> invariants,
        EvidenceJudge judge,
        Optional<ProofResults> proofs,
        TestResults tests,
        List<CheckResult> checks,
        Optional<BenchResults> bench,
        List<String> drift,
        MemoryMap sampleMap,
        List<Block> free,
        List<Block> allocated,
        List<FreeArea> freeAreas,
        String buddyinfo,
        java.util.Map<String, Long> generatedLines) {

    /** Requirements whose evidence is not all green. */
    public List<Requirement> failingRequirements() {
        return requirements.stream().filter(r -> !judge.allGreen(r.evidence())).toList();
    }

    /** Invariants with a red piece of evidence. */
    public List<Invariant> failingInvariants() {
        return invariants.stream()
                .filter(i -> !judge.allGreen(i.proved()) || !judge.allGreen(i.tested()))
                .toList();
    }

    /** The audit passes when every requirement and invariant is green and generated/ has not drifted. */
    public boolean passed() {
        return failingRequirements().isEmpty() && failingInvariants().isEmpty() && drift.isEmpty();
    }
}
