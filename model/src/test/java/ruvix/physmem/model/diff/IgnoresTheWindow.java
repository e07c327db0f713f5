package ruvix.physmem.model.diff;

import ruvix.physmem.MemoryMap;

/** Serves a constrained allocation from anywhere: the window is ignored. */
final class IgnoresTheWindow extends DelegatingAllocator {
    IgnoresTheWindow(MemoryMap map) {
        super(map);
    }

    @Override
    public long allocPagesConstrainedRaw(long count, int alignOrder, long lowAddr, long highAddr, boolean critical) {
        return inner.allocPagesConstrainedRaw(count, alignOrder, 0, Long.MAX_VALUE, critical);
    }
}
