package ruvix.physmem.verification.cli;

/** Exit codes of the {@code physmem} command. */
public final class ExitCodes {
    /** Everything held. */
    public static final int OK = 0;
    /** A check failed: an open proof, a divergence, a requirement without evidence. */
    public static final int FAILURE = 1;
    /** Bad usage or bad input: an unknown flag, an invalid profile, a malformed trace. */
    public static final int USAGE = 2;

    private ExitCodes() {}
}
