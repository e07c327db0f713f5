package ruvix.physmem.verification.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ruvix.physmem.ProfileException;
import ruvix.physmem.ShippedProfiles;

/** Decides whether a piece of evidence holds, from the artifacts of the build and the audit's runs. */
public final class EvidenceJudge {

    /** Green or red, and why. */
    public record Verdict(boolean green, String detail) {}

    private final Path root;
    private final Optional<ProofResults> proofs;
    private final TestResults tests;
    private final Map<String, CheckResult> checks;
    private final Optional<BenchResults> bench;

    public EvidenceJudge(
            Path root,
            Optional<ProofResults> proofs,
            TestResults tests,
            Map<String, CheckResult> checks,
            Optional<BenchResults> bench) {
        this.root = root;
        this.proofs = proofs;
        this.tests = tests;
        this.checks = checks;
        this.bench = bench;
    }

    public Verdict judge(Evidence e) {
        return switch (e.kind()) {
            case PROOF -> proof(e.target());
            case TEST -> test(e.target());
            case CHECK -> check(e.target());
            case PROFILE -> profile(e.target());
            case DOC -> doc(e.target());
            case BENCHMARK -> benchmark(e.target());
        };
    }

    /** Whether every piece of {@code evidence} is green (and there is some). */
    public boolean allGreen(List<Evidence> evidence) {
        return !evidence.isEmpty() && evidence.stream().allMatch(e -> judge(e).green());
    }

    private Verdict proof(String name) {
        if (proofs.isEmpty()) {
            return new Verdict(false, "no proof report: the proofs did not run");
        }
        List<ProofResults.Contract> matching = proofs.get().matching(name);
        if (matching.isEmpty()) {
            return new Verdict(false, "no contract matches " + name);
        }
        long open = matching.stream().filter(c -> !c.closed()).count();
        return open == 0
                ? new Verdict(true, matching.size() + " contract(s) closed")
                : new Verdict(false, open + " of " + matching.size() + " contract(s) open");
    }

    private Verdict test(String className) {
        TestResults.Suite suite = tests.suites().get(className);
        if (suite == null) {
            return new Verdict(false, "did not run in the build");
        }
        return suite.passed()
                ? new Verdict(true, suite.tests() + " test(s) passed")
                : new Verdict(
                        false,
                        (suite.failures() + suite.errors()) + " failed, " + suite.skipped() + " skipped of "
                                + suite.tests());
    }

    private Verdict check(String profile) {
        CheckResult result = checks.get(profile);
        if (result == null) {
            return new Verdict(false, "the audit did not run a check of " + profile);
        }
        return result.agreed()
                ? new Verdict(true, result.calls() + " calls compared, no divergence")
                : new Verdict(
                        false,
                        "divergence: " + result.divergence().lines().findFirst().orElse(""));
    }

    private Verdict profile(String name) {
        try {
            ShippedProfiles.load(name);
            return new Verdict(true, "loads and validates");
        } catch (ProfileException e) {
            return new Verdict(false, e.getMessage());
        }
    }

    private Verdict doc(String target) {
        int hash = target.indexOf('#');
        Path file = root.resolve(hash < 0 ? target : target.substring(0, hash));
        if (!Files.isRegularFile(file)) {
            return new Verdict(false, "no file " + file);
        }
        if (hash < 0) {
            return new Verdict(true, "present");
        }
        String heading = target.substring(hash + 1);
        try {
            boolean found = Files.readAllLines(file).stream()
                    .anyMatch(l -> l.startsWith("#")
                            && l.replaceFirst("^#+\\s*", "").strip().equals(heading));
            return found ? new Verdict(true, "section present") : new Verdict(false, "no heading '" + heading + "'");
        } catch (IOException e) {
            return new Verdict(false, "cannot read " + file + ": " + e.getMessage());
        }
    }

    private Verdict benchmark(String scenario) {
        if (bench.isEmpty()) {
            return new Verdict(false, "no benchmark results (run bench/run)");
        }
        return bench.get().rows().stream()
                .filter(r -> r.scenario().equals(scenario) && r.impl().equals("GENERATED"))
                .findFirst()
                .map(r -> new Verdict(true, String.format(java.util.Locale.ROOT, "%.1f ns", r.ns())))
                .orElse(new Verdict(false, "no row " + scenario));
    }
}
