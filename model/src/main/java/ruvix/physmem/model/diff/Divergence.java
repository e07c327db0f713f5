package ruvix.physmem.model.diff;

/**
 * Where the candidate first answered differently from the reference.
 *
 * @param step index of the call in the trace (-1: the allocators differ right after init)
 * @param op the call, or {@code null} after init
 * @param observable what was compared, e.g. {@code result} or {@code freeBlocksAtOrder(3)}
 * @param expected the reference's answer
 * @param actual the candidate's answer
 */
public record Divergence(int step, TraceOp op, String observable, String expected, String actual) {
    @Override
    public String toString() {
        String where = op == null ? "after init" : "at step " + step + " (" + op.toLine() + ")";
        return where + ": " + observable + " expected " + expected + " but was " + actual;
    }
}
