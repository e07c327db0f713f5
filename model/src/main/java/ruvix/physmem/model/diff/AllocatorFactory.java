package ruvix.physmem.model.diff;

import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;

/** Makes an allocator initialized with a memory map: one side of a differential comparison. */
@FunctionalInterface
public interface AllocatorFactory {
    PageAllocator create(MemoryMap map);
}
