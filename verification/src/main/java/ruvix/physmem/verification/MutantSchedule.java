package ruvix.physmem.verification;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The order in which the workers take the mutants: longest attempt budget first. Each worker is
 * handed the next mutant when it is free, so a long attempt handed out last would run alone while
 * the other workers idle; longest-first keeps the end of the run balanced.
 */
final class MutantSchedule {
    private MutantSchedule() {}

    /** The mutants, longest attempt budget first; ties keep their given order. */
    static List<CoreMutant> longestFirst(List<CoreMutant> mutants, Map<String, OriginalProof> closedOnOriginal) {
        return mutants.stream()
                .sorted(Comparator.comparingLong((CoreMutant m) -> budgetMillis(m, closedOnOriginal))
                        .reversed())
                .toList();
    }

    /**
     * The time budget of a mutant's attempts: the sum over its targets that closed on the original
     * ({@link ProverSettings#forMutant}); 0 when none did, as such a mutant is only loaded.
     */
    static long budgetMillis(CoreMutant m, Map<String, OriginalProof> closedOnOriginal) {
        return closedOnOriginal.entrySet().stream()
                .filter(e -> m.targets(e.getKey()))
                .mapToLong(
                        e -> ProverSettings.forMutant(e.getKey(), e.getValue()).timeoutMillis())
                .sum();
    }
}
