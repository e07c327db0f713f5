package ruvix.physmem.generated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import ruvix.physmem.generator.AllocatorGenerator;
import ruvix.physmem.generator.GenerateCommand;

/**
 * The committed sources are exactly what the generator emits today: regenerated into target/ with
 * the command-line tool and compared byte for byte, file set included. The emitted differential
 * tests share their folder with hand-written tests, so there the set compared is the files named
 * like an emitted test.
 */
class DriftTest {
    private static final Path COMMITTED = Path.of(System.getProperty("physmem.generated.sources", "src/main/java"));
    private static final Path REGENERATED =
            Path.of(System.getProperty("physmem.regenerated.sources", "target/regenerated"));
    private static final Path COMMITTED_TESTS = Path.of(System.getProperty("physmem.generated.tests", "src/test/java"));
    private static final Path REGENERATED_TESTS =
            Path.of(System.getProperty("physmem.regenerated.tests", "target/regenerated-tests"));
    private static final Path PACKAGE = Path.of(AllocatorGenerator.packageName().replace('.', '/'));
    private static final String HINT = " - the committed generated sources are stale; refresh them with "
            + AllocatorGenerator.REGENERATE_COMMAND + " (from the repository root) and commit the result";

    @Test
    void committedSourcesEqualTheGeneratorsOutput() throws Exception {
        assertEquals(
                0,
                GenerateCommand.run(
                        "--all", "--out", REGENERATED.toString(), "--tests-out", REGENERATED_TESTS.toString()),
                "generate --all");
        assertSame(COMMITTED.resolve(PACKAGE), REGENERATED.resolve(PACKAGE), f -> true);
        assertSame(COMMITTED_TESTS.resolve(PACKAGE), REGENERATED_TESTS.resolve(PACKAGE), f -> f.toString()
                .endsWith("DifferentialTest.java"));
    }

    private static void assertSame(Path committed, Path regenerated, Predicate<Path> emitted) throws Exception {
        List<Path> files = javaFiles(regenerated, emitted);
        assertEquals(javaFiles(committed, emitted), files, "the set of generated files in " + committed + HINT);
        for (Path file : files) {
            assertArrayEquals(
                    Files.readAllBytes(regenerated.resolve(file)),
                    Files.readAllBytes(committed.resolve(file)),
                    file + HINT);
        }
    }

    private static List<Path> javaFiles(Path dir, Predicate<Path> emitted) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(Path::getFileName)
                    .filter(f -> f.toString().endsWith(".java"))
                    .filter(emitted)
                    .sorted()
                    .toList();
        }
    }
}
