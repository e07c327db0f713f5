package ruvix.physmem.verification.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import ruvix.physmem.AllocatorProfile;
import ruvix.physmem.Block;
import ruvix.physmem.MemoryMap;
import ruvix.physmem.PageAllocator;
import ruvix.physmem.ProfileException;
import ruvix.physmem.ShippedProfiles;
import ruvix.physmem.model.diff.DifferentialFailure;
import ruvix.physmem.model.diff.DifferentialSetup;
import ruvix.physmem.model.diff.RandomDriver;
import ruvix.physmem.verification.audit.AuditData;
import ruvix.physmem.verification.audit.BenchResults;
import ruvix.physmem.verification.audit.CatalogException;
import ruvix.physmem.verification.audit.Catalogs;
import ruvix.physmem.verification.audit.CheckResult;
import ruvix.physmem.verification.audit.Drift;
import ruvix.physmem.verification.audit.Evidence;
import ruvix.physmem.verification.audit.EvidenceJudge;
import ruvix.physmem.verification.audit.FreeArea;
import ruvix.physmem.verification.audit.HtmlReport;
import ruvix.physmem.verification.audit.Invariant;
import ruvix.physmem.verification.audit.MarkdownReport;
import ruvix.physmem.verification.audit.ProofResults;
import ruvix.physmem.verification.audit.Requirement;
import ruvix.physmem.verification.audit.SampleWorkload;
import ruvix.physmem.verification.audit.Svg;
import ruvix.physmem.verification.audit.TestResults;

/**
 * The ADR-087 audit: runs the build (tests and proofs), the differential checks and the drift
 * check, judges every requirement's evidence, draws the memory after a sample workload, and
 * writes {@code target/audit/index.html} and {@code audit.md}. Exit code 1 when any requirement
 * lacks green evidence.
 */
@Command(
        name = "audit",
        mixinStandardHelpOptions = true,
        description = "Audit the allocator against ADR-087: build and test, prove, check, and write "
                + "target/audit/index.html and target/audit/audit.md.")
public final class AuditCommand implements Callable<Integer> {

    @Option(
            names = "--profile",
            defaultValue = "crate-default",
            description = "profile to audit (default: ${DEFAULT-VALUE})")
    private String profileName;

    @Option(
            names = "--ops",
            defaultValue = "50000",
            description = "calls per differential check (default: ${DEFAULT-VALUE})")
    private int ops;

    @Option(
            names = "--no-build",
            description = "use the test and proof reports of the last build instead of running it")
    private boolean noBuild;

    @Option(names = "--out", description = "report folder (default: target/audit)")
    private Path out;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path root = Workspace.root();
        Path folder = out != null ? out : root.resolve(Path.of("target", "audit"));
        if (ops < 1) {
            err.println("physmem: --ops must be at least 1, got " + ops);
            return ExitCodes.USAGE;
        }
        AllocatorProfile profile;
        List<Requirement> requirements;
        List<Invariant> invariants;
        List<AllocatorProfile> shipped;
        List<AllocatorProfile> checked = new ArrayList<>();
        try {
            profile = Profiles.resolve(profileName);
            shipped = ShippedProfiles.loadAll();
            requirements = Catalogs.requirements(root);
            invariants = Catalogs.invariants(root);
            for (String name : checkedProfiles(profile, requirements, invariants)) {
                checked.add(Profiles.resolve(name));
            }
        } catch (ProfileException e) {
            err.println("physmem: invalid profile: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (CatalogException e) {
            err.println("physmem: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Files.createDirectories(folder);
        if (!noBuild) {
            build(root, folder, err);
        }
        List<CheckResult> checks = new ArrayList<>();
        for (AllocatorProfile p : checked) {
            checks.add(check(p, err));
        }
        Map<String, CheckResult> byProfile = new LinkedHashMap<>();
        checks.forEach(c -> byProfile.put(c.profile(), c));
        Optional<ProofResults> proofs = ProofResults.read(root);
        TestResults tests = TestResults.read(root);
        Optional<BenchResults> bench = BenchResults.read(root);
        EvidenceJudge judge = new EvidenceJudge(root, proofs, tests, byProfile, bench);

        MemoryMap sampleMap = profile.defaultMap().orElse(SampleMaps.forProfile(profile));
        PageAllocator sample = GeneratedAllocators.generated(profile).create(sampleMap);
        List<Block> allocated = SampleWorkload.run(sample, 87);
        AuditData data = new AuditData(
                profile,
                commit(root),
                requirements,
                invariants,
                judge,
                proofs,
                tests,
                checks,
                bench,
                Drift.of(root, shipped),
                sampleMap,
                sample.freeBlocks(),
                allocated,
                FreeArea.of(sample),
                sample.buddyinfo(),
                Drift.lines(root, shipped));
        write(folder.resolve("index.html"), HtmlReport.render(data));
        write(folder.resolve("audit.md"), MarkdownReport.render(data));
        write(folder.resolve(MarkdownReport.MEMORY_MAP_SVG), Svg.memoryMap(data));
        write(folder.resolve(MarkdownReport.ORDERS_SVG), Svg.orderChart(data));
        stdout.println((data.passed() ? "PASS" : "FAIL") + "  physmem audit of " + profile.name() + " against ADR-087");
        stdout.print(MarkdownReport.summaryLines(data));
        stdout.println("report        " + folder.resolve("index.html") + " (and audit.md)");
        return data.passed() ? ExitCodes.OK : ExitCodes.FAILURE;
    }

    /** The audited profile first, then every profile a {@code check:} evidence names. */
    private static Set<String> checkedProfiles(AllocatorProfile profile, List<Requirement> reqs, List<Invariant> invs) {
        Set<String> names = new LinkedHashSet<>();
        names.add(profile.name());
        List<Evidence> all = new ArrayList<>();
        reqs.forEach(r -> all.addAll(r.evidence()));
        invs.forEach(i -> {
            all.addAll(i.proved());
            all.addAll(i.tested());
        });
        all.stream().filter(e -> e.kind() == Evidence.Kind.CHECK).forEach(e -> names.add(e.target()));
        return names;
    }

    private CheckResult check(AllocatorProfile p, PrintWriter err) {
        MemoryMap map = SampleMaps.forProfile(p);
        DifferentialSetup setup = GeneratedAllocators.setup(p, map, 64);
        Progress progress = new Progress(err, "check " + p.name(), ops);
        RandomDriver.Result r = RandomDriver.run(setup, 1, ops, Math.max(100, ops / 10), progress::update);
        progress.finish(r.calls());
        String divergence = r.divergence().isEmpty()
                ? null
                : DifferentialFailure.of(setup, r.failingOps(), DifferentialFailure.DEFAULT_DIR, p.name() + "-audit")
                        .message();
        return new CheckResult(p.name(), map, r.calls(), progress.seconds(), r.outcomes(), divergence);
    }

    /** Runs the project's test command, proofs included, so that the evidence is fresh. */
    private static void build(Path root, Path folder, PrintWriter err) throws IOException, InterruptedException {
        Path log = folder.resolve("build.log");
        err.println("physmem: running the build's tests and proofs for evidence (mvn -B verify; log: " + log + ")...");
        err.flush();
        Process mvn = new ProcessBuilder("mvn", "-B", "verify")
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!mvn.waitFor(60, TimeUnit.MINUTES)) {
            mvn.destroyForcibly();
            err.println("physmem: the build did not finish within an hour; judging what it left");
        } else if (mvn.exitValue() != 0) {
            err.println("physmem: the build failed (see " + log + "); its failures show as red evidence");
        }
    }

    private static String commit(Path root) {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "--short=12", "HEAD")
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor() == 0 && !out.isEmpty() ? out : "unknown";
        } catch (IOException e) {
            return "unknown";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

    /** Writes through a temporary file, so that a report is never half-written. */
    private static void write(Path file, String text) throws IOException {
        Path tmp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
