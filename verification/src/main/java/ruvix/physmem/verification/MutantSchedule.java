package ruvix.physmem.verification;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The order in which the workers take the mutants: longest attempt budget first. Each worker is
 * handed the next mutant when it is free, so a long attempt handed out last would run alone while
 * the other workers idle; longest-first keeps the end of the run balanced. The report keeps the
 * catalogue's order.
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

    /** The outcomes of a run, in the catalogue's order whatever order they ran in. */
    static List<MutantOutcome> inCatalogueOrder(List<CoreMutant> catalogue, List<MutantOutcome> outcomes) {
        Map<String, MutantOutcome> byId =
                outcomes.stream().collect(Collectors.toMap(MutantOutcome::id, Function.identity()));
        if (!byId.keySet().equals(catalogue.stream().map(CoreMutant::id).collect(Collectors.toSet()))) {
            throw new IllegalStateException("mutant outcomes " + byId.keySet() + " do not match the mutants run");
        }
        return catalogue.stream().map(m -> byId.get(m.id())).toList();
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
