package ruvix.physmem.model.diff;

import ruvix.physmem.MemoryMap;

/** Reports a fragmentation index one thousandth off when a request would fail. */
final class MisreadsFragmentation extends DelegatingAllocator {
    MisreadsFragmentation(MemoryMap map) {
        super(map);
    }

    @Override
    public int fragmentationIndex(int order) {
        int index = inner.fragmentationIndex(order);
        return index == -1000 ? index : index + 1;
    }
}
