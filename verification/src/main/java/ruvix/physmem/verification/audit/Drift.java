package ruvix.physmem.verification.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.generator.AllocatorGenerator;
import ruvix.physmem.generator.GeneratedSource;

/** Compares the committed generated sources with what the generator emits now. */
public final class Drift {
    public static final Path SOURCES = Path.of("generated", "src", "main", "java");

    private Drift() {}

    /** The generated files under {@code root} that are missing or differ, by relative path. */
    public static List<String> of(Path root, List<AllocatorProfile> profiles) throws IOException {
        List<String> drifted = new ArrayList<>();
        for (AllocatorProfile profile : profiles) {
            GeneratedSource fresh = AllocatorGenerator.generate(profile);
            Path committed = root.resolve(SOURCES).resolve(fresh.relativePath());
            if (!Files.exists(committed)
                    || !Files.readString(committed, StandardCharsets.UTF_8).equals(fresh.text())) {
                drifted.add(SOURCES.resolve(fresh.relativePath()).toString());
            }
        }
        return drifted;
    }

    /** Lines of each committed generated allocator, by simple class name. */
    public static java.util.Map<String, Long> lines(Path root, List<AllocatorProfile> profiles) throws IOException {
        java.util.Map<String, Long> lines = new java.util.LinkedHashMap<>();
        for (AllocatorProfile profile : profiles) {
            Path file = root.resolve(SOURCES)
                    .resolve(AllocatorGenerator.packageName().replace('.', '/'))
                    .resolve(profile.className() + ".java");
            if (Files.exists(file)) {
                try (var stream = Files.lines(file)) {
                    lines.put(profile.className(), stream.count());
                }
            }
        }
        return lines;
    }
}
