package ruvix.physmem.generator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.ShippedProfiles;

/**
 * The emitted code of every shipped profile, byte for byte, against the golden files: the sources
 * committed in the generated module. A deliberate change to the generator updates them with
 * {@link AllocatorGenerator#REGENERATE_COMMAND}; an accidental one fails here first.
 */
class GoldenFileTest {
    private static final Path GOLDEN =
            Path.of(System.getProperty("physmem.golden.sources", "../generated/src/main/java"));

    @TestFactory
    Stream<DynamicTest> emittedCodeEqualsTheGoldenFile() throws Exception {
        return ShippedProfiles.loadAll().stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> compare(p)));
    }

    private static void compare(AllocatorProfile profile) throws Exception {
        GeneratedSource source = AllocatorGenerator.generate(profile);
        Path golden = GOLDEN.resolve(source.relativePath());
        assertEquals(
                Files.readString(golden, StandardCharsets.UTF_8),
                source.text(),
                golden + " differs from the generator's output; if the change is intended, run "
                        + AllocatorGenerator.REGENERATE_COMMAND);
    }
}
