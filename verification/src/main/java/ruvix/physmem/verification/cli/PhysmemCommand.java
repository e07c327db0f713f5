package ruvix.physmem.verification.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code physmem} command: the pipeline's entry point for kernel engineers and auditors. */
@Command(
        name = "physmem",
        mixinStandardHelpOptions = true,
        version = "physmem 0.1.0",
        description = "A verified buddy page-frame allocator toolchain: profiles, proofs, generation, checks.",
        subcommands = {
            ProfilesCommand.class,
            ProveCommand.class,
            GenerateCliCommand.class,
            CheckCommand.class,
            ReplayCommand.class,
            AuditCommand.class
        })
public final class PhysmemCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
    }

    /** Builds the command line with one-line error reporting. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new PhysmemCommand());
        cli.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("physmem: " + ex.getMessage() + " (try --help)");
            return ExitCodes.USAGE;
        });
        cli.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("physmem: " + ex.getMessage());
            return ExitCodes.FAILURE;
        });
        return cli;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
