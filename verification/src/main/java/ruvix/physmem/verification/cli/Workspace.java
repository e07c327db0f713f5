package ruvix.physmem.verification.cli;

import java.nio.file.Path;

/** The repository the command works on: {@code -Dphysmem.root} (set by the launcher), else the working directory. */
final class Workspace {
    private Workspace() {}

    static Path root() {
        return Path.of(System.getProperty("physmem.root", ".")).toAbsolutePath().normalize();
    }
}
