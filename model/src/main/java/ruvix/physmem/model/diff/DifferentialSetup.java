package ruvix.physmem.model.diff;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import ruvix.physmem.MemoryMap;

/**
 * What a differential comparison needs: the two sides, the map they start from, and how closely
 * to compare. Runs traces and turns a divergence into a minimal, saved, replayable failure.
 *
 * @param profile the profile's name, recorded in traces
 * @param map the memory map both allocators start from
 * @param reference makes the reference allocator
 * @param candidate makes the allocator under test
 * @param compareCounters whether the candidate keeps statistics counters
 * @param snapshotEvery calls between full snapshot comparisons
 */
public record DifferentialSetup(
        String profile,
        MemoryMap map,
        AllocatorFactory reference,
        AllocatorFactory candidate,
        boolean compareCounters,
        int snapshotEvery) {

    public DifferentialSetup {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(map, "map");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(candidate, "candidate");
    }

    /** The same comparison on another map. */
    public DifferentialSetup withMap(MemoryMap other) {
        return new DifferentialSetup(profile, other, reference, candidate, compareCounters, snapshotEvery);
    }

    /** A new session on this setup's map. */
    public DifferentialSession start() {
        return new DifferentialSession(reference, candidate, map, compareCounters, snapshotEvery);
    }

    /** Runs {@code ops} from a fresh start; the first divergence, if any. */
    public Optional<Divergence> run(List<TraceOp> ops) {
        DifferentialSession session = start();
        Optional<Divergence> d = session.checkInitial();
        for (int i = 0; i < ops.size() && d.isEmpty(); i++) {
            d = session.apply(ops.get(i));
        }
        return d;
    }

    /** The trace of {@code ops} on this setup. */
    public Trace trace(List<TraceOp> ops) {
        return new Trace(profile, map, ops);
    }
}
