package ruvix.physmem.verification.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.ProfileException;
import ruvix.physmem.generator.AllocatorGenerator;
import ruvix.physmem.generator.GeneratedSource;
import ruvix.physmem.generator.SourceWriter;

/** The generator, for a shipped profile by name or a profile file. */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Generate the specialized production allocator of a profile (written atomically).")
public final class GenerateCliCommand implements Callable<Integer> {

    @Option(names = "--profile", required = true, description = "shipped profile name or YAML file")
    private String profileName;

    @Option(names = "--out", description = "source root to write into (default: generated/src/main/java)")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        AllocatorProfile profile;
        try {
            profile = Profiles.resolve(profileName);
        } catch (ProfileException e) {
            err.println("physmem: invalid profile: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        GeneratedSource source = AllocatorGenerator.generate(profile);
        Path root = out != null ? out : Workspace.root().resolve(Path.of("generated", "src", "main", "java"));
        try {
            spec.commandLine().getOut().println(SourceWriter.write(root, source));
        } catch (IOException e) {
            err.println("physmem: cannot write " + source.relativePath() + " below " + root + ": " + e.getMessage());
            return ExitCodes.FAILURE;
        }
        return ExitCodes.OK;
    }
}
