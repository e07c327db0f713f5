package ruvix.physmem.generator;

/** The generator's version, named in the header of every file it emits. */
public final class GeneratorVersion {
    /**
     * The version of the emitted code: bumped whenever the output for a profile changes (0.2.0:
     * watermarks, constrained and bulk allocation, the live-block walk), so a header tells which
     * generator wrote a file.
     */
    public static final String VALUE = "0.2.0";

    private GeneratorVersion() {}
}
