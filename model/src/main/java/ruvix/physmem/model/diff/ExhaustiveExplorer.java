package ruvix.physmem.model.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every sequence of {@code depth} moves over an alphabet, each run from a fresh start and
 * compared after every call; shorter sequences are prefixes of these and so are covered too.
 */
public final class ExhaustiveExplorer {

    /**
     * What exploration found.
     *
     * @param sequences sequences of full depth run
     * @param calls calls applied to each allocator
     * @param failingOps the calls of the first failing sequence, or empty
     * @param divergence the first divergence, or empty
     */
    public record Result(long sequences, long calls, List<TraceOp> failingOps, Optional<Divergence> divergence) {}

    private ExhaustiveExplorer() {}

    /** The alphabet {@link Move#alphabet} offers for {@code maxOrder}, aiming at two live blocks. */
    public static List<Move> hostileAlphabet(int maxOrder) {
        return Move.alphabet(maxOrder, 2);
    }

    /** The request alphabet {@link Move#requestAlphabet} offers for {@code maxOrder}. */
    public static List<Move> requestAlphabet(int maxOrder) {
        return Move.requestAlphabet(maxOrder);
    }

    /** Runs every sequence of {@code depth} moves; stops at the first divergence. */
    public static Result explore(DifferentialSetup setup, List<Move> alphabet, int depth) {
        int[] digits = new int[depth];
        long sequences = 0;
        long calls = 0;
        while (true) {
            DifferentialSession session = setup.start();
            Optional<Divergence> d = session.checkInitial();
            for (int i = 0; i < depth && d.isEmpty(); i++) {
                d = session.apply(alphabet.get(digits[i]));
                calls++;
            }
            if (d.isEmpty()) {
                d = session.checkPages();
            }
            sequences++;
            if (d.isPresent()) {
                return new Result(sequences, calls, session.executed(), d);
            }
            int pos = depth - 1;
            while (pos >= 0 && ++digits[pos] == alphabet.size()) {
                digits[pos--] = 0;
            }
            if (pos < 0) {
                return new Result(sequences, calls, new ArrayList<>(), Optional.empty());
            }
        }
    }
}
