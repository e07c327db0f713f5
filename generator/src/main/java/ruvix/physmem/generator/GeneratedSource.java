package ruvix.physmem.generator;

import java.nio.file.Path;

/**
 * One emitted compilation unit.
 *
 * @param packageName its package
 * @param simpleName its top-level class
 * @param text its formatted source
 */
public record GeneratedSource(String packageName, String simpleName, String text) {

    /** Its path below a source root, e.g. {@code ruvix/physmem/generated/TinyAllocator.java}. */
    public Path relativePath() {
        return Path.of(packageName.replace('.', '/'), simpleName + ".java");
    }

    /** Its fully qualified class name. */
    public String qualifiedName() {
        return packageName + "." + simpleName;
    }
}
