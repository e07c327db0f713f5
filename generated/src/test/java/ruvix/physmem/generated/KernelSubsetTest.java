package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generated allocators use only what a kernel port can: no floating point (ADR-087 §B.8),
 * no locks or threads, no reflection. Checked on the committed sources, comments left out.
 */
class KernelSubsetTest {
    private static final Path SOURCES = Path.of("src/main/java/ruvix/physmem/generated");
    private static final Pattern FORBIDDEN = Pattern.compile(
            "\\b(float|double|Float|Double|synchronized|volatile|Thread|java\\.lang\\.reflect|Math\\.(sqrt|pow|log))\\b");

    private static String code(Path file) throws IOException {
        return Files.readString(file)
                .replaceAll("(?s)/\\*.*?\\*/", "")
                .replaceAll("//[^\\n]*", "")
                .replaceAll("\"(\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    @Test
    void noFloatingPointNoLocksNoReflection() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(SOURCES)) {
            files = s.filter(p -> p.toString().endsWith("Allocator.java"))
                    .sorted()
                    .toList();
        }
        assertEquals(6, files.size(), "every shipped profile's allocator is checked");
        for (Path f : files) {
            var m = FORBIDDEN.matcher(code(f));
            assertFalse(m.find(), () -> f.getFileName() + " uses " + m.group());
        }
    }

    @Test
    void theCheckSeesCodeButNotCommentsOrStrings(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path clean = dir.resolve("Clean.java");
        Files.writeString(
                clean, "/** a double check */ class C { long doubled = 2; // double\n String s = \"float\"; }");
        assertFalse(FORBIDDEN.matcher(code(clean)).find());
        Path dirty = dir.resolve("Dirty.java");
        Files.writeString(dirty, "class D { double ratio; }");
        assertEquals(true, FORBIDDEN.matcher(code(dirty)).find());
    }
}
