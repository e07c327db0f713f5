package ruvix.physmem.verification.audit;

/**
 * One piece of evidence a requirement or an invariant cites: a kind and what it names.
 *
 * @param kind {@code proof}, {@code test}, {@code check}, {@code profile}, {@code doc} or {@code
 *     benchmark}
 * @param target what it names: a contract, a test class, a profile, {@code file#heading}, a row
 */
public record Evidence(Kind kind, String target) {

    /** The kinds of evidence and what makes each green. */
    public enum Kind {
        /** Every KeY contract matching the target ({@code Class} or {@code Class::method}) is closed. */
        PROOF,
        /** The JUnit class ran in the build and nothing failed. */
        TEST,
        /** The audit's differential run of that profile found no divergence. */
        CHECK,
        /** The shipped profile loads and validates. */
        PROFILE,
        /** The file has that heading. */
        DOC,
        /** The latest benchmark results have that row. */
        BENCHMARK;

        String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Override
    public String toString() {
        return kind.key() + ": " + target;
    }
}
