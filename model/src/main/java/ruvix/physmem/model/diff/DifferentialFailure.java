package ruvix.physmem.model.diff;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A divergence turned into what a person needs: the shortest trace that reproduces it, printed
 * and saved as a replayable trace file.
 *
 * @param divergence the first divergence of the minimal trace
 * @param trace the minimal trace
 * @param originalLength how many calls the failing run had before shrinking
 * @param savedTo where the trace file was written
 */
public record DifferentialFailure(Divergence divergence, Trace trace, int originalLength, Path savedTo) {

    /** The folder failing traces are saved to unless a test says otherwise. */
    public static final Path DEFAULT_DIR = Path.of("target", "diff-failures");

    /**
     * Shrinks the failing {@code ops} of {@code setup}, saves the minimal trace under {@code dir}
     * as {@code name.trace} and describes it.
     */
    public static DifferentialFailure of(DifferentialSetup setup, List<TraceOp> ops, Path dir, String name) {
        List<TraceOp> minimal =
                TraceShrinker.shrink(ops, candidate -> setup.run(candidate).isPresent());
        Divergence divergence = setup.run(minimal).orElseThrow();
        Trace trace = setup.trace(minimal);
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".trace");
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, name.replaceAll("[^A-Za-z0-9]", "_"), ".tmp");
            Files.writeString(tmp, TraceFormat.write(trace), StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the failing trace to " + file, e);
        }
        return new DifferentialFailure(divergence, trace, ops.size(), file);
    }

    /** The report a failing test prints. */
    public String message() {
        return "model and " + trace.profile() + " allocator diverge " + divergence + "\n"
                + "shortest reproducing trace (" + trace.ops().size() + " of " + originalLength
                + " calls), saved to " + savedTo + " - replay with ./physmem replay " + savedTo + ":\n"
                + TraceFormat.write(trace);
    }
}
