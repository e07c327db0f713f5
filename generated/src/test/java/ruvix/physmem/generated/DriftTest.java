package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ruvix.physmem.generator.AllocatorGenerator;
import ruvix.physmem.generator.GenerateCommand;

/**
 * The committed sources are exactly what the generator emits today: regenerated into target/ with
 * the command-line tool and compared byte for byte, file set included.
 */
class DriftTest {
    private static final Path COMMITTED = Path.of(System.getProperty("physmem.generated.sources", "src/main/java"));
    private static final Path REGENERATED =
            Path.of(System.getProperty("physmem.regenerated.sources", "target/regenerated"));
    private static final String HINT = " - the committed generated sources are stale; refresh them with "
            + AllocatorGenerator.REGENERATE_COMMAND + " (from the repository root) and commit the result";

    @Test
    void committedSourcesEqualTheGeneratorsOutput() throws Exception {
        assertEquals(0, GenerateCommand.run("--all", "--out", REGENERATED.toString()), "generate --all");
        Path pkg = Path.of(AllocatorGenerator.packageName().replace('.', '/'));
        List<Path> regenerated = javaFiles(REGENERATED.resolve(pkg));
        assertEquals(javaFiles(COMMITTED.resolve(pkg)), regenerated, "the set of generated files" + HINT);
        for (Path file : regenerated) {
            assertArrayEquals(
                    Files.readAllBytes(REGENERATED.resolve(pkg).resolve(file)),
                    Files.readAllBytes(COMMITTED.resolve(pkg).resolve(file)),
                    file + HINT);
        }
    }

    private static List<Path> javaFiles(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::getFileName)
                    .filter(f -> f.toString().endsWith(".java"))
                    .sorted()
                    .toList();
        }
    }
}
