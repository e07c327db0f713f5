package ruvix.physmem.generator;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import ruvix.physmem.AllocatorProfile;

/**
 * What every emitter needs: the profile, its geometry, the generated class's name, and the
 * feature switches, so that code of a feature that is off is never emitted.
 */
record EmitContext(AllocatorProfile profile, Geometry geometry, ClassName className) {
    static final String PACKAGE = "ruvix.physmem.generated";

    static EmitContext of(AllocatorProfile profile) {
        return new EmitContext(profile, Geometry.of(profile), ClassName.get(PACKAGE, profile.className()));
    }

    boolean stats() {
        return profile.stats();
    }

    boolean debug() {
        return profile.debugAlloc();
    }

    /** {@code code} if the profile keeps statistics, nothing otherwise. */
    CodeBlock ifStats(String code, Object... args) {
        return stats() ? CodeBlock.of(code, args) : CodeBlock.of("");
    }
}
