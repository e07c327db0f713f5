package ruvix.physmem.verification;

import java.util.List;

/**
 * What KeY made of one mutant of the core.
 *
 * @param verdict CAUGHT (a target contract that closes on the original stays open on the mutant),
 *     NOT_CAUGHT (every target closed on the mutant too: the spec is too weak), or INCONCLUSIVE
 *     (no target closes on the original, so KeY failing on the mutant shows nothing)
 * @param caughtBy the contracts that did not close on the mutant
 * @param millis the mutant's whole time: patching, loading it in KeY and the proof attempts
 */
public record MutantOutcome(
        String id,
        String description,
        Verdict verdict,
        List<String> targets,
        List<String> caughtBy,
        List<ContractOutcome> attempts,
        long millis) {

    public enum Verdict {
        CAUGHT,
        NOT_CAUGHT,
        INCONCLUSIVE
    }

    public boolean caught() {
        return verdict == Verdict.CAUGHT;
    }
}
