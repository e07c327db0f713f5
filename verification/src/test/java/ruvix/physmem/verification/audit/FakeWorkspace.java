package ruvix.physmem.verification.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A repository copy for audit tests: the real catalogues, design notes and generated sources,
 * with a proof report and surefire reports written to order, so a test decides what is green.
 */
final class FakeWorkspace {
    static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    final Path root;

    FakeWorkspace(Path root) {
        this.root = root;
    }

    /** A workspace where every proof the catalogues cite is closed and every cited test passed. */
    static FakeWorkspace allGreen(Path dir) throws IOException, CatalogException {
        FakeWorkspace w = new FakeWorkspace(dir);
        for (Path p :
                List.of(Catalogs.REQUIREMENTS, Catalogs.INVARIANTS, Path.of("spec", "adr-087", "design-notes.md"))) {
            w.copy(p);
        }
        try (Stream<Path> files = Files.walk(REPO.resolve(Drift.SOURCES))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                w.copy(REPO.relativize(f));
            }
        }
        Set<String> tests = new LinkedHashSet<>();
        Set<String> methods = new LinkedHashSet<>();
        for (Requirement r : Catalogs.requirements(REPO)) {
            collect(r.evidence(), tests, methods);
        }
        for (Invariant i : Catalogs.invariants(REPO)) {
            collect(i.proved(), tests, methods);
            collect(i.tested(), tests, methods);
        }
        for (String test : tests) {
            w.testReport(test, 3, 0);
        }
        w.proofReport(methods, "CLOSED");
        return w;
    }

    private static void collect(List<Evidence> evidence, Set<String> tests, Set<String> methods) {
        for (Evidence e : evidence) {
            if (e.kind() == Evidence.Kind.TEST) {
                tests.add(e.target());
            } else if (e.kind() == Evidence.Kind.PROOF && e.target().contains("::")) {
                String method = e.target().substring(e.target().indexOf("::") + 2);
                methods.add(method.equals("BuddyModel") ? "<init>" : method);
            }
        }
    }

    void copy(Path relative) throws IOException {
        Path to = root.resolve(relative);
        Files.createDirectories(to.getParent());
        Files.copy(REPO.resolve(relative), to);
    }

    /** A surefire report for {@code testClass} in a module folder named after it. */
    void testReport(String testClass, int tests, int failures) throws IOException {
        Path dir = root.resolve("module").resolve("target").resolve("surefire-reports");
        Files.createDirectories(dir);
        Files.writeString(
                dir.resolve("TEST-" + testClass + ".xml"),
                "<?xml version=\"1.0\"?><testsuite name=\"" + testClass + "\" tests=\"" + tests + "\" failures=\""
                        + failures + "\" errors=\"0\" skipped=\"0\" time=\"1.5\"></testsuite>");
    }

    /** A proof report with one contract of {@code BuddyModel} per method, all with {@code status}. */
    void proofReport(Set<String> methods, String status) throws IOException {
        StringBuilder contracts = new StringBuilder();
        for (String m : methods) {
            contracts
                    .append(contracts.length() == 0 ? "" : ",")
                    .append("{\"contract\":\"c-")
                    .append(m)
                    .append("\",\"type\":\"ruvix.physmem.model.BuddyModel\",")
                    .append("\"method\":\"")
                    .append(m)
                    .append("(int)\",\"behaviour\":\"normal_behavior\",\"status\":\"")
                    .append(status)
                    .append("\",\"closedBy\":\"auto\",\"nodes\":1234,\"branches\":5,\"millis\":2500}");
        }
        Path file = root.resolve(ProofResults.REPORT);
        Files.createDirectories(file.getParent());
        Files.writeString(
                file,
                "{\"totals\":{\"contracts\":" + methods.size() + ",\"mutants\":10,\"mutantsCaught\":10},"
                        + "\"intRules\":\"intRules:arithmeticSemanticsCheckingOF\",\"settings\":{\"maxSteps\":20000},"
                        + "\"contracts\":[" + contracts + "]}");
    }
}
