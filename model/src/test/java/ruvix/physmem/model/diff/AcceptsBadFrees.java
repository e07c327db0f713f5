package ruvix.physmem.model.diff;

import ruvix.physmem.MemoryMap;
import ruvix.physmem.PhysMemError;

/** A deliberately wrong allocator, like the crate: it silently accepts double frees. */
final class AcceptsBadFrees extends DelegatingAllocator {
    AcceptsBadFrees(MemoryMap map) {
        super(map);
    }

    @Override
    public int freePagesRaw(long addr, long count) {
        int result = inner.freePagesRaw(addr, count);
        return result == PhysMemError.NOT_ALLOCATED.code() ? 0 : result;
    }
}
