package ruvix.physmem.verification.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.ProfileException;
import ruvix.physmem.ProfileLoader;
import ruvix.physmem.ShippedProfiles;

/** Loads and validates profiles, the shipped ones or the files named, and prints a summary. */
@Command(
        name = "profiles",
        mixinStandardHelpOptions = true,
        description = "Validate allocator profiles (the shipped ones, or the YAML files given) and summarize them.")
public final class ProfilesCommand implements Callable<Integer> {

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "profile files; none: every shipped profile")
    private List<Path> files = new ArrayList<>();

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        List<AllocatorProfile> profiles = new ArrayList<>();
        try {
            if (files.isEmpty()) {
                profiles.addAll(ShippedProfiles.loadAll());
            } else {
                for (Path file : files) {
                    profiles.add(ProfileLoader.load(file));
                }
            }
        } catch (ProfileException e) {
            spec.commandLine().getErr().println("physmem: invalid profile: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        out.printf(
                "%-14s %6s %7s %11s %9s %12s  %s%n",
                "profile", "page", "orders", "capacity", "regions", "usable", "features");
        for (AllocatorProfile p : profiles) {
            String regions = p.defaultMap()
                    .map(m -> m.regions().size() + "+" + m.reserved().size() + "r")
                    .orElse("-");
            String usable = p.defaultMap()
                    .map(MemoryMap::usablePages)
                    .map(String::valueOf)
                    .orElse("-");
            out.printf(
                    "%-14s %6s %7s %11d %9s %12s  %s%n",
                    p.name(),
                    Units.bytes(p.pageSize()),
                    "0.." + (p.maxOrder() - 1),
                    p.capacityPages(),
                    regions,
                    usable,
                    features(p));
        }
        out.printf("%d profile(s) valid.%n", profiles.size());
        return ExitCodes.OK;
    }

    private static String features(AllocatorProfile p) {
        List<String> on = new ArrayList<>();
        if (p.stats()) {
            on.add("stats");
        }
        if (p.debugAlloc()) {
            on.add("debug-alloc");
        }
        return on.isEmpty() ? "-" : String.join(",", on);
    }
}
