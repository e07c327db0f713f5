package ruvix.physmem.model.diff;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The differential checks the generated tests call: each runs, and on a divergence shrinks the
 * failing trace, saves it under {@link DifferentialFailure#DEFAULT_DIR} and throws an {@link
 * AssertionError} carrying the minimal trace.
 */
public final class DifferentialChecks {
    private DifferentialChecks() {}

    /** Every sequence of {@code depth} hostile-inclusive moves; returns the sequences and calls run. */
    public static ExhaustiveExplorer.Result exhaustive(DifferentialSetup setup, int depth) {
        int maxOrder = setup.start().reference().maxOrder();
        ExhaustiveExplorer.Result result =
                ExhaustiveExplorer.explore(setup, ExhaustiveExplorer.hostileAlphabet(maxOrder), depth);
        fail(setup, result.failingOps(), result.divergence(), "exhaustive-depth-" + depth);
        return result;
    }

    /**
     * Every sequence of {@code depth} moves of the request alphabet (constrained, bulk and critical
     * allocation, watermarks, with plain allocations and frees); returns the sequences and calls.
     */
    public static ExhaustiveExplorer.Result exhaustiveRequests(DifferentialSetup setup, int depth) {
        int maxOrder = setup.start().reference().maxOrder();
        ExhaustiveExplorer.Result result =
                ExhaustiveExplorer.explore(setup, ExhaustiveExplorer.requestAlphabet(maxOrder), depth);
        fail(setup, result.failingOps(), result.divergence(), "exhaustive-requests-depth-" + depth);
        return result;
    }

    /** A seeded random trace of {@code calls} calls sweeping occupancy every {@code period} calls. */
    public static RandomDriver.Result random(DifferentialSetup setup, long seed, int calls, int period) {
        RandomDriver.Result result = RandomDriver.run(setup, seed, calls, period);
        fail(setup, result.failingOps(), result.divergence(), "random-seed-" + seed);
        return result;
    }

    /** The moves {@code data} decodes to (see {@link MoveDecoder}); for fuzzers. */
    public static void fuzz(DifferentialSetup setup, byte[] data) {
        DifferentialSession session = setup.start();
        int maxOrder = session.reference().maxOrder();
        Optional<Divergence> d = session.checkInitial();
        for (Move move : MoveDecoder.decode(data, maxOrder)) {
            if (d.isPresent()) {
                break;
            }
            d = session.apply(move);
        }
        fail(setup, session.executed(), d, "fuzz");
    }

    /**
     * The first byte of {@code data} picks one of {@code setups} (several maps, one fuzz target),
     * the rest decode to moves as in {@link #fuzz(DifferentialSetup, byte[])}.
     */
    public static void fuzz(List<DifferentialSetup> setups, byte[] data) {
        if (setups.isEmpty()) {
            throw new IllegalArgumentException("no setup to fuzz");
        }
        if (data.length == 0) {
            fuzz(setups.get(0), data);
        } else {
            fuzz(setups.get((data[0] & 0xff) % setups.size()), Arrays.copyOfRange(data, 1, data.length));
        }
    }

    /** Replays a saved trace; throws if the allocators diverge. */
    public static void replay(DifferentialSetup setup, List<TraceOp> ops, String name) {
        fail(setup, ops, setup.run(ops), name);
    }

    private static void fail(DifferentialSetup setup, List<TraceOp> ops, Optional<Divergence> divergence, String name) {
        if (divergence.isPresent()) {
            Path dir = DifferentialFailure.DEFAULT_DIR;
            throw new AssertionError(DifferentialFailure.of(setup, ops, dir, setup.profile() + "-" + name)
                    .message());
        }
    }
}
