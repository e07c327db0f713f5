package ruvix.physmem.model.diff;

/** A trace file that cannot be read; the message names the source, the line and the reason. */
public final class TraceFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public TraceFormatException(String source, int line, String reason) {
        super(source + ":" + line + ": " + reason);
    }
}
