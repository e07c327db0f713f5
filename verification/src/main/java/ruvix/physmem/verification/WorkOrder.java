package ruvix.physmem.verification;

import java.util.List;
import java.util.Map;

/**
 * What the proof workers are asked to do, written to a file each worker JVM reads (paths as
 * strings, so the order is plain JSON). Either the contracts of the core ({@code mutants} empty) or
 * the mutants of the core; the items are numbered, and the coordinator hands each index to one
 * worker.
 *
 * @param core the folder holding the model's proved core
 * @param scripts the folder of committed proof scripts and saved proofs
 * @param saveProofs whether a contract that closes by search saves its proof there (see {@link
 *     SavedProofs}); mutants never replay or save
 * @param knownOpen contracts (KeY's names) listed as known open: they get the short probe profile
 * @param only short contract names to prove (as in the report, e.g. "alloc(int) #2"); empty for all
 * @param mutantsDir where each mutant's patched copy of the core is written
 * @param mutants the mutants to run; empty for a contracts order
 * @param closedOnOriginal contracts (KeY's names) that closed on the original core, with their proof
 *     size and time: only these can catch a mutant, and their effort sets the mutant's budget
 */
record WorkOrder(
        String core,
        String scripts,
        boolean saveProofs,
        List<String> knownOpen,
        List<String> only,
        String mutantsDir,
        List<CoreMutant> mutants,
        Map<String, OriginalProof> closedOnOriginal) {

    static WorkOrder contracts(
            String core, String scripts, boolean saveProofs, List<String> knownOpen, List<String> only) {
        return new WorkOrder(core, scripts, saveProofs, knownOpen, only, "", List.of(), Map.of());
    }

    static WorkOrder mutants(
            String core,
            String scripts,
            String mutantsDir,
            List<CoreMutant> mutants,
            Map<String, OriginalProof> closedOnOriginal) {
        return new WorkOrder(core, scripts, false, List.of(), List.of(), mutantsDir, mutants, closedOnOriginal);
    }

    boolean isMutants() {
        return !mutants.isEmpty();
    }
}
