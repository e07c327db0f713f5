package ruvix.physmem.model.diff;

import java.util.List;
import ruvix.physmem.PageAllocator;

/**
 * A call chosen relative to the current state, so that exhaustive and random exploration reach
 * the interesting cases (double frees, wrong sizes, frees inside blocks) instead of missing them
 * by chance. {@link #resolve} turns it into a literal {@link TraceOp}, which is what traces record.
 */
public sealed interface Move {

    TraceOp resolve(DifferentialSession session);

    /** Short name for reports. */
    String label();

    /** Allocate {@code count} pages (any count: zero, negative and too large included). */
    record Alloc(long count) implements Move {
        @Override
        public TraceOp resolve(DifferentialSession session) {
            return new TraceOp.Alloc(count);
        }

        @Override
        public String label() {
            return "alloc(" + count + ")";
        }
    }

    /** Free the {@code index}-th live block (modulo the number of live blocks) with its size. */
    record FreeLive(int index) implements Move {
        @Override
        public TraceOp resolve(DifferentialSession session) {
            long[] b = pick(session, index);
            return new TraceOp.Free(b[0], b[1]);
        }

        @Override
        public String label() {
            return "free-live(" + index + ")";
        }
    }

    /** Free a live block with twice its size: a size mismatch. */
    record FreeWrongSize(int index) implements Move {
        @Override
        public TraceOp resolve(DifferentialSession session) {
            long[] b = pick(session, index);
            return new TraceOp.Free(b[0], Math.max(2, b[1] * 2));
        }

        @Override
        public String label() {
            return "free-wrong-size(" + index + ")";
        }
    }

    /** Free the second page of a live block: inside a block, or the head of a neighbour. */
    record FreeInside(int index) implements Move {
        @Override
        public TraceOp resolve(DifferentialSession session) {
            long[] b = pick(session, index);
            return new TraceOp.Free(b[0] + session.reference().pageSize(), 1);
        }

        @Override
        public String label() {
            return "free-inside(" + index + ")";
        }
    }

    /** Free the last freed block again. */
    record DoubleFree() implements Move {
        @Override
        public TraceOp resolve(DifferentialSession session) {
            long[] b = session.lastFreed();
            return b == null
                    ? new TraceOp.Free(session.reference().baseAddr().asLong(), 1)
                    : new TraceOp.Free(b[0], b[1]);
        }

        @Override
        public String label() {
            return "double-free";
        }
    }

    /** Free with an address that is not page-aligned. */
    record FreeUnaligned() implements Move {
        @Override
        public TraceOp resolve(DifferentialSession session) {
            return new TraceOp.Free(session.reference().baseAddr().asLong() + 1, 1);
        }

        @Override
        public String label() {
            return "free-unaligned";
        }
    }

    /** Free the page just past the end of the managed memory. */
    record FreeOutOfRange() implements Move {
        @Override
        public TraceOp resolve(DifferentialSession session) {
            return new TraceOp.Free(session.reference().endAddr().asLong(), 1);
        }

        @Override
        public String label() {
            return "free-out-of-range";
        }
    }

    /** Free a live block with a count of zero. */
    record FreeZero() implements Move {
        @Override
        public TraceOp resolve(DifferentialSession session) {
            return new TraceOp.Free(pick(session, 0)[0], 0);
        }

        @Override
        public String label() {
            return "free-zero";
        }
    }

    /** Reset the allocators. */
    record Reset() implements Move {
        @Override
        public TraceOp resolve(DifferentialSession session) {
            return new TraceOp.Reset();
        }

        @Override
        public String label() {
            return "reset";
        }
    }

    /** A call fixed in advance, for drivers that choose arguments themselves. */
    record Literal(TraceOp op) implements Move {
        @Override
        public TraceOp resolve(DifferentialSession session) {
            return op;
        }

        @Override
        public String label() {
            return op.toLine();
        }
    }

    /** Allocate {@code count} pages as a critical request, which may use the reserve below min. */
    record AllocCritical(long count) implements Move {
        @Override
        public TraceOp resolve(DifferentialSession session) {
            return new TraceOp.AllocCritical(count);
        }

        @Override
        public String label() {
            return "alloc-critical(" + count + ")";
        }
    }

    /** Where a constrained allocation may place its block, relative to the managed memory. */
    enum Window {
        /** The whole address space: the same as a plain allocation when unaligned. */
        WHOLE,
        /** The lower half of the managed span (a DMA zone). */
        LOWER_HALF,
        /** The upper half of the managed span. */
        UPPER_HALF,
        /** The managed span with both bounds one byte inside: they round inwards. */
        UNALIGNED,
        /** The end before the start: rejected. */
        REVERSED;

        long[] bounds(PageAllocator reference) {
            long base = reference.baseAddr().asLong();
            long end = reference.endAddr().asLong();
            long middle = base + ((end - base) / reference.pageSize() / 2) * reference.pageSize();
            return switch (this) {
                case WHOLE -> new long[] {0, Long.MAX_VALUE};
                case LOWER_HALF -> new long[] {base, middle};
                case UPPER_HALF -> new long[] {middle, end};
                case UNALIGNED -> new long[] {base + 1, end - 1};
                case REVERSED -> new long[] {end, base};
            };
        }
    }

    /** A constrained allocation of {@code count} pages aligned to {@code 2^alignOrder} in a window. */
    record Constrained(long count, int alignOrder, Window window, boolean critical) implements Move {
        @Override
        public TraceOp resolve(DifferentialSession session) {
            long[] bounds = window.bounds(session.reference());
            return new TraceOp.Constrained(count, alignOrder, bounds[0], bounds[1], critical);
        }

        @Override
        public String label() {
            return "constrained(" + count + ", align " + alignOrder + ", " + window + (critical ? ", critical)" : ")");
        }
    }

    /** A bulk allocation of {@code n} blocks of {@code order}. */
    record Bulk(int order, int n, boolean exact, boolean critical) implements Move {
        @Override
        public TraceOp resolve(DifferentialSession session) {
            return new TraceOp.Bulk(order, n, exact, critical);
        }

        @Override
        public String label() {
            return (exact ? "bulk-exact(" : "bulk(") + order + ", " + n + (critical ? ", critical)" : ")");
        }
    }

    /** Set the watermarks to thousandths of the managed pages (min above low is refused). */
    record Watermarks(int minPermille, int lowPermille) implements Move {
        @Override
        public TraceOp resolve(DifferentialSession session) {
            long total = session.reference().totalPages();
            return new TraceOp.Watermarks(total * minPermille / 1000, total * lowPermille / 1000);
        }

        @Override
        public String label() {
            return "watermarks(" + minPermille + "‰, " + lowPermille + "‰)";
        }
    }

    /**
     * The alphabet of the requests beyond alloc and free, for a geometry: constrained
     * allocations (no constraint, alignment above the order, both halves, unaligned bounds, bad
     * alignment, reversed window), bulk and all-or-nothing bulk (and a bad order), critical
     * allocation, watermarks (set, cleared, refused), with plain allocations, frees of two live
     * blocks and reset to interleave with.
     */
    static List<Move> requestAlphabet(int maxOrder) {
        int top = maxOrder - 1;
        return List.of(
                new Alloc(1),
                new Alloc(1L << Math.min(2, top)),
                new AllocCritical(2),
                new FreeLive(0),
                new FreeLive(1),
                new Constrained(1, 0, Window.WHOLE, false),
                new Constrained(1, Math.min(2, top), Window.WHOLE, false),
                new Constrained(2, 0, Window.UPPER_HALF, false),
                new Constrained(1, Math.min(1, top), Window.LOWER_HALF, true),
                new Constrained(1L << top, 0, Window.UNALIGNED, false),
                new Constrained(1, maxOrder, Window.WHOLE, false),
                new Constrained(1, 0, Window.REVERSED, false),
                new Bulk(0, 3, false, false),
                new Bulk(1, 2, true, false),
                new Bulk(0, 3, true, true),
                new Bulk(maxOrder, 1, false, false),
                new Watermarks(250, 500),
                new Watermarks(0, 0),
                new Watermarks(500, 250),
                new Reset());
    }

    /**
     * The hostile-inclusive alphabet for a geometry: allocations of every order, zero, too large
     * and negative, frees of live blocks, and every kind of bad free.
     */
    static List<Move> alphabet(int maxOrder, int liveChoices) {
        List<Move> moves = new java.util.ArrayList<>();
        for (int k = 0; k < maxOrder; k++) {
            moves.add(new Alloc(1L << k));
        }
        moves.add(new Alloc(3));
        moves.add(new Alloc(0));
        moves.add(new Alloc((1L << (maxOrder - 1)) + 1));
        moves.add(new Alloc(-1));
        for (int i = 0; i < liveChoices; i++) {
            moves.add(new FreeLive(i));
        }
        moves.add(new FreeWrongSize(0));
        moves.add(new FreeInside(0));
        moves.add(new DoubleFree());
        moves.add(new FreeUnaligned());
        moves.add(new FreeOutOfRange());
        moves.add(new FreeZero());
        moves.add(new Reset());
        return List.copyOf(moves);
    }

    private static long[] pick(DifferentialSession session, int index) {
        List<long[]> live = session.live();
        if (live.isEmpty()) {
            return new long[] {session.reference().baseAddr().asLong(), 1};
        }
        return live.get(Math.floorMod(index, live.size()));
    }
}
