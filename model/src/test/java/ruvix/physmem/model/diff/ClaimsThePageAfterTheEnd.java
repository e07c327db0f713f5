package ruvix.physmem.model.diff;

import ruvix.physmem.MemoryMap;
import ruvix.physmem.PhysAddr;

/** A deliberately wrong allocator whose {@code contains} also claims the page after its memory. */
final class ClaimsThePageAfterTheEnd extends DelegatingAllocator {
    ClaimsThePageAfterTheEnd(MemoryMap map) {
        super(map);
    }

    @Override
    public boolean contains(PhysAddr addr) {
        return inner.contains(addr) || addr.equals(inner.endAddr());
    }
}
