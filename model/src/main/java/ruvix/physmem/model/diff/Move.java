package ruvix.physmem.model.diff;

import java.util.List;

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
