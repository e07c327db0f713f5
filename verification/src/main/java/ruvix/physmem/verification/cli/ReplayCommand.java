package ruvix.physmem.verification.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.PhysMemError;
import ruvix.physmem.ProfileException;
import ruvix.physmem.model.diff.DifferentialSession;
import ruvix.physmem.model.diff.DifferentialSetup;
import ruvix.physmem.model.diff.Divergence;
import ruvix.physmem.model.diff.Trace;
import ruvix.physmem.model.diff.TraceFormat;
import ruvix.physmem.model.diff.TraceFormatException;
import ruvix.physmem.model.diff.TraceOp;

/** Replays a saved trace through the model and the generated allocator, step by step. */
@Command(
        name = "replay",
        mixinStandardHelpOptions = true,
        description = "Replay a trace file (the format failing differential tests save) through the reference "
                + "model and the generated allocator, printing each step, and draw the final memory map.")
public final class ReplayCommand implements Callable<Integer> {

    @Parameters(paramLabel = "TRACE", description = "trace file")
    private Path traceFile;

    @Option(names = "--profile", description = "profile to replay against (default: the trace's own)")
    private String profileName;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Trace trace;
        AllocatorProfile profile;
        DifferentialSetup setup;
        try {
            trace = TraceFormat.parse(traceFile.toString(), Files.readString(traceFile));
            profile = Profiles.resolve(profileName != null ? profileName : trace.profile());
            if (profile.pageShift() != trace.map().pageShift()) {
                err.println("physmem: " + traceFile + ": the trace has "
                        + trace.map().pageSize() + "-byte pages, profile " + profile.name() + " " + profile.pageSize()
                        + "-byte pages");
                return ExitCodes.USAGE;
            }
            setup = GeneratedAllocators.setup(profile, trace.map(), 1);
        } catch (IOException e) {
            err.println("physmem: cannot read " + traceFile + ": " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (TraceFormatException e) {
            err.println("physmem: invalid trace: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (ProfileException e) {
            err.println("physmem: invalid profile: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (RuntimeException e) {
            err.println("physmem: " + traceFile + ": " + e.getMessage());
            return ExitCodes.USAGE;
        }
        out.printf(
                "replaying %s: %d calls on profile %s, %s%n",
                traceFile, trace.ops().size(), profile.name(), trace.map());
        DifferentialSession session = setup.start();
        Optional<Divergence> d = session.checkInitial();
        for (int i = 0; i < trace.ops().size() && d.isEmpty(); i++) {
            TraceOp op = trace.ops().get(i);
            d = session.apply(op);
            out.printf(
                    "%4d  %-32s -> %-22s free %d%n",
                    i,
                    op.toLine(),
                    describe(session.lastResult()),
                    session.reference().freePageCount());
        }
        out.println();
        out.println(MapRenderer.render(session.reference(), trace.map(), 96));
        if (d.isPresent()) {
            out.println("DIVERGENCE " + d.get());
            return ExitCodes.FAILURE;
        }
        out.println("model and generated allocator agreed on every call");
        return ExitCodes.OK;
    }

    private static String describe(long result) {
        return result >= 0
                ? "0x" + Long.toHexString(result)
                : PhysMemError.fromCode(result).name();
    }
}
