package ruvix.physmem.generator;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.ProfileException;
import ruvix.physmem.ProfileLoader;
import ruvix.physmem.ShippedProfiles;

/**
 * {@code generate --profile <yaml> --out <dir>}, or {@code generate --all --out <dir>} for every
 * shipped profile; with {@code --tests-out <dir>}, also each profile's differential test. Exit codes: 0 written, 1 an I/O failure, 2 a bad profile or bad usage. Every
 * profile is loaded and generated before anything is written, and each file is written atomically.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        version = "physmem-generator " + GeneratorVersion.VALUE,
        description = "Emits the specialized production allocator of an allocator profile.")
public final class GenerateCommand implements Callable<Integer> {
    static final int EXIT_IO = 1;
    static final int EXIT_BAD_INPUT = 2;

    @ArgGroup(multiplicity = "1")
    private Source source;

    @Option(names = "--out", required = true, paramLabel = "<dir>", description = "Source root to write into.")
    private Path out;

    @Option(
            names = "--tests-out",
            paramLabel = "<dir>",
            description = "Test source root to write each profile's differential test into.")
    private Path testsOut;

    @Spec
    private CommandLine.Model.CommandSpec spec;

    static final class Source {
        @Option(names = "--profile", paramLabel = "<yaml>", description = "Profile file (YAML).")
        Path profile;

        @Option(names = "--all", description = "Every shipped profile.")
        boolean all;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        List<GeneratedSource> sources = new ArrayList<>();
        List<GeneratedSource> tests = new ArrayList<>();
        try {
            List<AllocatorProfile> profiles =
                    source.all ? ShippedProfiles.loadAll() : List.of(ProfileLoader.load(source.profile));
            for (AllocatorProfile profile : profiles) {
                sources.add(AllocatorGenerator.generate(profile));
                if (testsOut != null) {
                    tests.add(DifferentialTestEmitter.generate(profile));
                }
            }
        } catch (ProfileException e) {
            err.println("generate: " + e.getMessage());
            return EXIT_BAD_INPUT;
        }
        PrintWriter outWriter = spec.commandLine().getOut();
        int written = write(outWriter, err, out, sources);
        return written == 0 && testsOut != null ? write(outWriter, err, testsOut, tests) : written;
    }

    private static int write(PrintWriter outWriter, PrintWriter err, Path root, List<GeneratedSource> sources) {
        for (GeneratedSource generated : sources) {
            try {
                outWriter.println(SourceWriter.write(root, generated));
            } catch (IOException e) {
                err.println("generate: cannot write " + generated.relativePath() + " below " + root + ": " + e);
                return EXIT_IO;
            }
        }
        return 0;
    }

    /** Runs the command; {@code main} exits with its code. */
    public static int run(String... args) {
        return new CommandLine(new GenerateCommand())
                .setExitCodeExceptionMapper(e -> EXIT_BAD_INPUT)
                .setParameterExceptionHandler((e, a) -> {
                    e.getCommandLine().getErr().println("generate: " + e.getMessage());
                    return EXIT_BAD_INPUT;
                })
                .execute(args);
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }
}
