package ruvix.physmem.generator;

/** The generator's version, named in the header of every file it emits. */
public final class GeneratorVersion {
    /** Equal to the Maven project version of the generator module. */
    public static final String VALUE = "0.1.0";

    private GeneratorVersion() {}
}
