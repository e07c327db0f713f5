package ruvix.physmem.bench;

import ruvix.physmem.PageAllocator;
import ruvix.physmem.PhysAddr;
import ruvix.physmem.generated.CrateDefaultAllocator;
import ruvix.physmem.model.ReferenceAllocator;

/** The allocators the benchmarks compare, made the crate's way: {@code new(base, totalPages)}. */
public enum Impl {
    /** The allocator generated for the {@code crate-default} profile. */
    GENERATED {
        @Override
        public PageAllocator create(long base, long totalPages) {
            return new CrateDefaultAllocator(PhysAddr.of(base), totalPages);
        }
    },
    /** The reference model: written for proof, O(pages) per call. */
    MODEL {
        @Override
        public PageAllocator create(long base, long totalPages) {
            return new ReferenceAllocator(PhysAddr.of(base), totalPages);
        }
    };

    public abstract PageAllocator create(long base, long totalPages);
}
