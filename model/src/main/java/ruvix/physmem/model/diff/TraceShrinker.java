package ruvix.physmem.model.diff;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Delta debugging (Zeller's ddmin) over the calls of a failing trace: removes chunks of calls,
 * then single calls, as long as the trace still fails, giving a trace where removing any one
 * call makes the failure go away.
 */
public final class TraceShrinker {
    private TraceShrinker() {}

    /**
     * A 1-minimal sublist of {@code ops} that still {@code fails}.
     *
     * @throws IllegalArgumentException if {@code ops} itself does not fail
     */
    public static List<TraceOp> shrink(List<TraceOp> ops, Predicate<List<TraceOp>> fails) {
        if (!fails.test(ops)) {
            throw new IllegalArgumentException("the trace to shrink does not fail");
        }
        List<TraceOp> current = new ArrayList<>(ops);
        int granularity = 2;
        while (current.size() >= 2) {
            int chunk = (int) Math.ceil(current.size() / (double) granularity);
            boolean reduced = false;
            for (int start = 0; start < current.size(); start += chunk) {
                List<TraceOp> complement = new ArrayList<>(current.subList(0, start));
                complement.addAll(current.subList(Math.min(current.size(), start + chunk), current.size()));
                if (fails.test(complement)) {
                    current = complement;
                    granularity = Math.max(granularity - 1, 2);
                    reduced = true;
                    break;
                }
            }
            if (!reduced) {
                if (granularity >= current.size()) {
                    break;
                }
                granularity = Math.min(current.size(), granularity * 2);
            }
        }
        if (current.size() == 1 && fails.test(List.of())) {
            return List.of();
        }
        return List.copyOf(current);
    }
}
