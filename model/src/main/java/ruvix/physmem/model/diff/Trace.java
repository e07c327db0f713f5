package ruvix.physmem.model.diff;

import java.util.List;
import java.util.Objects;
import ruvix.physmem.MemoryMap;

/**
 * A replayable run: the profile whose geometry and generated allocator it is meant for, the
 * memory map both allocators start from, and the calls.
 *
 * @param profile the name of a profile (its geometry, and its generated allocator)
 * @param map the memory map both allocators are initialized with
 * @param ops the calls, in order
 */
public record Trace(String profile, MemoryMap map, List<TraceOp> ops) {
    public Trace {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(map, "map");
        ops = List.copyOf(ops);
    }

    /** The same profile and map with other calls. */
    public Trace withOps(List<TraceOp> newOps) {
        return new Trace(profile, map, newOps);
    }
}
