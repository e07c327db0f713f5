package ruvix.physmem.verification.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the physmem command in-process and captures what it prints. */
record CommandLineHarness(int exitCode, String out, String err) {

    static CommandLineHarness run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = PhysmemCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute(args);
        return new CommandLineHarness(code, out.toString(), err.toString());
    }
}
