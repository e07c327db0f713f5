package ruvix.physmem.model.diff;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import ruvix.physmem.PhysMemError;

/**
 * Seeded random traces whose occupancy sweeps from empty to full and back: in the first half of
 * every period most calls allocate, in the second half most free, so runs pass through an empty
 * allocator, fragmented half-full ones, and an exhausted one where allocations fail. One call in
 * twenty is a hostile move, one in a thousand a reset, and one in fifty each a request
 * beyond alloc and free ({@link Move#requestAlphabet}) or a constrained allocation in a random
 * window. Watermarks are set only while draining and cleared when a period starts, so that every
 * fill can still reach a full allocator.
 */
public final class RandomDriver {

    /**
     * What a run found.
     *
     * @param calls calls applied to each allocator
     * @param failingOps the calls up to the first divergence, or empty
     * @param divergence the first divergence, or empty
     * @param outcomes how often each outcome occurred: {@code alloc}, {@code free}, {@code
     *     reset}, or the name of a {@link PhysMemError}
     * @param peakUsedPages the most pages in use at once
     */
    public record Result(
            long calls,
            List<TraceOp> failingOps,
            Optional<Divergence> divergence,
            Map<String, Long> outcomes,
            long peakUsedPages) {}

    private RandomDriver() {}

    /**
     * Runs {@code calls} random moves with {@code seed}; one sweep from empty to full and back
     * takes {@code period} calls.
     */
    public static Result run(DifferentialSetup setup, long seed, int calls, int period) {
        return run(setup, seed, calls, period, done -> {});
    }

    /** As {@link #run(DifferentialSetup, long, int, int)}, telling {@code progress} every 1,000 calls. */
    public static Result run(DifferentialSetup setup, long seed, int calls, int period, LongConsumer progress) {
        SplittableRandom random = new SplittableRandom(seed);
        DifferentialSession session = setup.start();
        int maxOrder = session.reference().maxOrder();
        List<Move> hostile = Move.alphabet(maxOrder, 1).stream()
                .filter(m -> !(m instanceof Move.FreeLive) && !(m instanceof Move.Reset))
                .toList();
        List<Move> requests = Move.requestAlphabet(maxOrder).stream()
                .filter(m -> !(m instanceof Move.FreeLive) && !(m instanceof Move.Reset))
                .toList();
        List<Move> fillRequests =
                requests.stream().filter(m -> !(m instanceof Move.Watermarks)).toList();
        Optional<Divergence> d = session.checkInitial();
        Map<String, Long> outcomes = new TreeMap<>();
        long peak = 0;
        int done = 0;
        while (done < calls && d.isEmpty()) {
            boolean filling = (done % period) < period / 2;
            double allocProbability = filling ? 0.8 : 0.2;
            Move move;
            int roll = random.nextInt(1000);
            if (done % period == 0 && done > 0) {
                // Watermarks set while draining would stop the next fill short of full.
                move = new Move.Literal(new TraceOp.Watermarks(0, 0));
            } else if (roll < 50) {
                move = hostile.get(random.nextInt(hostile.size()));
            } else if (roll < 51) {
                move = new Move.Reset();
            } else if (roll < 71) {
                List<Move> choices = filling ? fillRequests : requests;
                move = choices.get(random.nextInt(choices.size()));
            } else if (roll < 91) {
                move = randomWindow(random, session, maxOrder);
            } else if (session.live().isEmpty() || random.nextDouble() < allocProbability) {
                int order = Math.min(maxOrder - 1, Integer.numberOfTrailingZeros(random.nextInt() | (1 << 30)) / 2);
                long pages = 1L << order;
                move = new Move.Alloc(random.nextInt(4) == 0 && pages > 1 ? pages - 1 : pages);
            } else {
                move = new Move.FreeLive(random.nextInt(Integer.MAX_VALUE));
            }
            TraceOp op = move.resolve(session);
            d = session.apply(op);
            long result = session.lastResult();
            String outcome = result == TraceOp.REFUSED
                    ? "refused"
                    : result < 0 ? PhysMemError.fromCode(result).name() : op.kind();
            outcomes.merge(outcome, 1L, Long::sum);
            peak = Math.max(peak, session.reference().usedPages());
            done++;
            if (done % 1000 == 0) {
                progress.accept(done);
            }
        }
        if (d.isEmpty()) {
            d = session.checkPages();
        }
        progress.accept(done);
        return new Result(
                done, d.isPresent() ? session.executed() : List.of(), d, Collections.unmodifiableMap(outcomes), peak);
    }

    /** A constrained allocation in a random page-aligned window of the managed span. */
    private static Move randomWindow(SplittableRandom random, DifferentialSession session, int maxOrder) {
        long base = session.reference().baseAddr().asLong();
        long pages = (session.reference().endAddr().asLong() - base)
                / session.reference().pageSize();
        long a = random.nextLong(pages + 1);
        long b = random.nextLong(pages + 1);
        long pageSize = session.reference().pageSize();
        int order = random.nextInt(maxOrder);
        return new Move.Literal(new TraceOp.Constrained(
                1L << order,
                random.nextInt(maxOrder),
                base + Math.min(a, b) * pageSize,
                base + Math.max(a, b) * pageSize,
                random.nextInt(8) == 0));
    }
}
