package ruvix.physmem.model.diff;

import ruvix.physmem.PageAllocator;

/**
 * One call of a trace, with literal arguments so that a trace replays exactly, hostile calls
 * included. Applied through the primitive entry points, so that the result is comparable as a
 * number: an address or 0 on success, a {@link ruvix.physmem.PhysMemError#code()} on rejection.
 */
public sealed interface TraceOp {

    /** Applies the call to {@code allocator} and returns its primitive result. */
    long apply(PageAllocator allocator);

    /** The call as one line of the trace format. */
    String toLine();

    /** {@code alloc <count>}. */
    record Alloc(long count) implements TraceOp {
        @Override
        public long apply(PageAllocator allocator) {
            return allocator.allocPagesRaw(count);
        }

        @Override
        public String toLine() {
            return "alloc " + count;
        }
    }

    /** {@code free <addr> <count>}; the address is hexadecimal, or decimal when negative. */
    record Free(long addr, long count) implements TraceOp {
        @Override
        public long apply(PageAllocator allocator) {
            return allocator.freePagesRaw(addr, count);
        }

        @Override
        public String toLine() {
            return "free " + (addr < 0 ? Long.toString(addr) : "0x" + Long.toHexString(addr)) + " " + count;
        }
    }

    /** {@code reset}. */
    record Reset() implements TraceOp {
        @Override
        public long apply(PageAllocator allocator) {
            allocator.reset();
            return 0;
        }

        @Override
        public String toLine() {
            return "reset";
        }
    }
}
