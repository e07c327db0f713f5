package ruvix.physmem.verification.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.ProfileException;
import ruvix.physmem.model.diff.DifferentialFailure;
import ruvix.physmem.model.diff.DifferentialSetup;
import ruvix.physmem.model.diff.RandomDriver;

/** A differential run: the reference model and the generated allocator, call for call. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Run the reference model and a profile's generated allocator side by side on a seeded "
                + "random trace (occupancy swept from empty to full, hostile calls included), comparing them "
                + "after every call.")
public final class CheckCommand implements Callable<Integer> {

    @Option(
            names = "--profile",
            defaultValue = "crate-default",
            description = "shipped profile name or YAML file (default: ${DEFAULT-VALUE})")
    private String profileName;

    @Option(names = "--ops", defaultValue = "200000", description = "calls to compare (default: ${DEFAULT-VALUE})")
    private int ops;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (ops < 1) {
            err.println("physmem: --ops must be at least 1, got " + ops);
            return ExitCodes.USAGE;
        }
        AllocatorProfile profile;
        DifferentialSetup setup;
        try {
            profile = Profiles.resolve(profileName);
            MemoryMap map = SampleMaps.forProfile(profile);
            setup = GeneratedAllocators.setup(profile, map, 64);
        } catch (ProfileException e) {
            err.println("physmem: invalid profile: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IllegalArgumentException e) {
            err.println("physmem: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Progress progress = new Progress(err, "check " + profile.name(), ops);
        RandomDriver.Result result = RandomDriver.run(setup, seed, ops, Math.max(100, ops / 10), progress::update);
        progress.finish(result.calls());
        MemoryMap map = setup.map();
        out.printf("profile      %s (%s)%n", profile.name(), profile.className());
        out.printf(
                "memory map   %s%s%n",
                map, map.equals(profile.defaultMap().orElse(null)) ? "" : "  (sample of the profile's map)");
        out.printf("usable pages %d, seed %d%n", map.usablePages(), seed);
        out.printf(
                "compared     %d calls in %.1f s, peak %d pages in use%n",
                result.calls(), progress.seconds(), result.peakUsedPages());
        out.println("outcomes     " + outcomes(result.outcomes()));
        if (result.divergence().isEmpty()) {
            out.println("result       no divergence: model and generated allocator agreed on every call");
            return ExitCodes.OK;
        }
        DifferentialFailure failure = DifferentialFailure.of(
                setup, result.failingOps(), DifferentialFailure.DEFAULT_DIR, profile.name() + "-check-seed-" + seed);
        out.println("result       DIVERGENCE");
        out.println(failure.message());
        return ExitCodes.FAILURE;
    }

    private static String outcomes(Map<String, Long> outcomes) {
        StringBuilder s = new StringBuilder();
        outcomes.forEach((k, v) ->
                s.append(s.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return s.toString();
    }
}
