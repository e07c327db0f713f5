package ruvix.physmem.verification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Where the proved core lives and how to copy it. */
public final class CoreFiles {
    /** The model class inside the core source folder. */
    public static final String MODEL_FILE = "ruvix/physmem/model/BuddyModel.java";

    private CoreFiles() {}

    /** The core source folder, found from the verification module's working directory. */
    public static Path coreFolder(Path moduleDir) {
        Path core = moduleDir.resolve("../model/src/core/java").normalize();
        if (!Files.isRegularFile(core.resolve(MODEL_FILE))) {
            throw new IllegalStateException("proved core not found at " + core);
        }
        return core;
    }

    static void copyTree(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                old.sorted(java.util.Comparator.reverseOrder()).forEach(CoreFiles::delete);
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(f, target);
                }
            }
        }
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
