package ruvix.physmem.verification;

/**
 * The effort of a contract's closed proof on the original core: it sets the budget of a mutant's
 * attempt at the same contract ({@link ProverSettings#forMutant}).
 *
 * @param nodes the proof's size in nodes
 * @param millis the wall-clock time of the search that found the proof (not of its replay)
 */
record OriginalProof(int nodes, long millis) {

    static OriginalProof of(ContractOutcome closed) {
        return new OriginalProof(closed.nodes(), closed.searchMillis());
    }
}
