package ruvix.physmem.verification.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/** The JUnit results of the last build: every module's surefire reports, by test class. */
public record TestResults(Map<String, Suite> suites) {

    /** One test class's totals. */
    public record Suite(String module, int tests, int failures, int errors, int skipped, double seconds) {
        public boolean passed() {
            return tests > skipped && failures == 0 && errors == 0;
        }
    }

    public static TestResults read(Path root) throws IOException {
        Map<String, Suite> suites = new TreeMap<>();
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Path reports = module.resolve("target").resolve("surefire-reports");
                if (!Files.isDirectory(reports)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(reports)) {
                    for (Path f : files.filter(p -> p.getFileName().toString().matches("TEST-.*\\.xml"))
                            .toList()) {
                        Element suite = parse(f);
                        suites.put(
                                suite.getAttribute("name"),
                                new Suite(
                                        module.getFileName().toString(),
                                        integer(suite, "tests"),
                                        integer(suite, "failures"),
                                        integer(suite, "errors"),
                                        integer(suite, "skipped"),
                                        Double.parseDouble(
                                                suite.getAttribute("time").replace(",", ""))));
                    }
                }
            }
        }
        return new TestResults(suites);
    }

    private static Element parse(Path file) throws IOException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException(file + ": not a surefire report: " + e.getMessage(), e);
        }
    }

    private static int integer(Element e, String attribute) {
        String v = e.getAttribute(attribute);
        return v.isEmpty() ? 0 : Integer.parseInt(v);
    }

    public int totalTests() {
        return suites.values().stream().mapToInt(Suite::tests).sum();
    }

    public int totalFailed() {
        return suites.values().stream().mapToInt(s -> s.failures() + s.errors()).sum();
    }
}
