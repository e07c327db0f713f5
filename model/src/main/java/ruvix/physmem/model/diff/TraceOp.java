package ruvix.physmem.model.diff;

import ruvix.physmem.PageAllocator;

/**
 * One call of a trace, with literal arguments so that a trace replays exactly, hostile calls
 * included. Applied through the primitive entry points, so that the result is comparable as a
 * number: an address, a count or 0 on success, a {@link ruvix.physmem.PhysMemError#code()} on
 * rejection.
 */
public sealed interface TraceOp {
    /** The result of a {@link Watermarks} call that the allocator refused with an exception. */
    long REFUSED = -100;

    /** Applies the call to {@code allocator} and returns its primitive result. */
    long apply(PageAllocator allocator);

    /** The call as one line of the trace format. */
    String toLine();

    /** The statement's keyword: the first word of its line. */
    default String kind() {
        String line = toLine();
        int space = line.indexOf(' ');
        return space < 0 ? line : line.substring(0, space);
    }

    private static String address(long addr) {
        return addr < 0 ? Long.toString(addr) : "0x" + Long.toHexString(addr);
    }

    private static String requestClass(boolean critical) {
        return critical ? "critical" : "normal";
    }

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
            return "free " + address(addr) + " " + count;
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

    /** {@code alloc-critical <count>}: an allocation that may use the reserve below min. */
    record AllocCritical(long count) implements TraceOp {
        @Override
        public long apply(PageAllocator allocator) {
            return allocator.allocPagesRaw(count, true);
        }

        @Override
        public String toLine() {
            return "alloc-critical " + count;
        }
    }

    /** {@code alloc-constrained <count> <alignOrder> <low> <high> normal|critical}. */
    record Constrained(long count, int alignOrder, long low, long high, boolean critical) implements TraceOp {
        @Override
        public long apply(PageAllocator allocator) {
            return allocator.allocPagesConstrainedRaw(count, alignOrder, low, high, critical);
        }

        @Override
        public String toLine() {
            return "alloc-constrained " + count + " " + alignOrder + " " + address(low) + " " + address(high) + " "
                    + requestClass(critical);
        }
    }

    /**
     * {@code alloc-bulk <order> <n> normal|critical} or {@code alloc-bulk-exact ...}: the result is
     * the number of blocks (or the code); the blocks themselves are compared through the
     * allocated-block walk, which the session checks after every bulk call.
     */
    record Bulk(int order, int n, boolean exact, boolean critical) implements TraceOp {
        public Bulk {
            if (n < 0) {
                throw new IllegalArgumentException("a bulk call of a negative number of blocks: " + n);
            }
        }

        @Override
        public long apply(PageAllocator allocator) {
            long[] out = new long[n];
            return exact
                    ? allocator.allocPagesBulkExact(order, n, out, critical)
                    : allocator.allocPagesBulk(order, n, out, critical);
        }

        @Override
        public String toLine() {
            return (exact ? "alloc-bulk-exact " : "alloc-bulk ") + order + " " + n + " " + requestClass(critical);
        }
    }

    /** {@code watermarks <min> <low>}: 0, or {@link #REFUSED} when the allocator refuses them. */
    record Watermarks(long min, long low) implements TraceOp {
        @Override
        public long apply(PageAllocator allocator) {
            try {
                allocator.setWatermarks(min, low);
                return 0;
            } catch (IllegalArgumentException e) {
                return REFUSED;
            }
        }

        @Override
        public String toLine() {
            return "watermarks " + min + " " + low;
        }
    }
}
