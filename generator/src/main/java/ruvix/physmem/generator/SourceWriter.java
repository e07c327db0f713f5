package ruvix.physmem.generator;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes generated sources atomically: each file is written to a temporary file in its target
 * directory and renamed over the target, so a reader sees the old file or the new one, never a
 * half-written one.
 */
public final class SourceWriter {
    private SourceWriter() {}

    /** Writes {@code source} below {@code root}; returns the file written. */
    public static Path write(Path root, GeneratedSource source) throws IOException {
        Path target = root.resolve(source.relativePath());
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "." + source.simpleName(), ".tmp");
        try {
            Files.writeString(temp, source.text(), StandardCharsets.UTF_8);
            if (Files.getFileAttributeView(temp, PosixFileAttributeView.class) != null) {
                // A temporary file is private to its owner; a source file is not.
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
    }
}
