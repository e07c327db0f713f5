package ruvix.physmem.verification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs OpenJML (type check, then ESC) on the proved core when an {@code openjml} executable is on
 * the PATH or in {@code $OPENJML_HOME}. OpenJML ships only as release archives outside the
 * registries this project reaches, so usually it is absent: that is reported as SKIPPED, never as
 * passed.
 */
public final class OpenJmlRunner {
    /** The verdict of one OpenJML run. {@code installed == false} means nothing was checked. */
    public record Result(boolean installed, boolean typeCheckPassed, boolean escPassed, String summary) {}

    private static final long LIMIT_MINUTES = 10;

    private OpenJmlRunner() {}

    public static Optional<Path> findExecutable() {
        String home = System.getenv("OPENJML_HOME");
        if (home != null && Files.isExecutable(Path.of(home, "openjml"))) {
            return Optional.of(Path.of(home, "openjml"));
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "openjml");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static Result run(Path coreFolder, Path workDir) throws IOException, InterruptedException {
        Optional<Path> exe = findExecutable();
        if (exe.isEmpty()) {
            return new Result(
                    false, false, false, "SKIPPED: OpenJML not installed (no openjml on PATH or in $OPENJML_HOME)");
        }
        List<String> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(coreFolder)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(f.toString()));
        }
        Files.createDirectories(workDir);
        int check = invoke(exe.get(), "-check", sources, workDir.resolve("openjml-check.log"));
        int esc = check == 0 ? invoke(exe.get(), "-esc", sources, workDir.resolve("openjml-esc.log")) : -1;
        String summary = "type check " + (check == 0 ? "passed" : "FAILED (exit " + check + ")") + "; ESC "
                + (esc == 0 ? "passed" : esc < 0 ? "not run" : "FAILED (exit " + esc + ")")
                + "; logs in " + workDir;
        return new Result(true, check == 0, esc == 0, summary);
    }

    private static int invoke(Path exe, String mode, List<String> sources, Path log)
            throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(exe.toString(), mode));
        cmd.addAll(sources);
        Process p = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(LIMIT_MINUTES, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            return -2;
        }
        return p.exitValue();
    }
}
