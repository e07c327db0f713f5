package ruvix.physmem.verification.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import ruvix.physmem.verification.cli.ExitCodes;
import ruvix.physmem.verification.cli.PhysmemCommand;

class AuditCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int audit(Path root, String... extra) {
        System.setProperty("physmem.root", root.toString());
        CommandLine cli = PhysmemCommand.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        String[] args = new String[extra.length + 3];
        args[0] = "audit";
        args[1] = "--no-build";
        args[2] = "--ops=500";
        System.arraycopy(extra, 0, args, 3, extra.length);
        return cli.execute(args);
    }

    @AfterEach
    void clearRoot() {
        System.clearProperty("physmem.root");
    }

    @Test
    void greenEvidencePassesAndTheReportShowsEveryRequirement() throws Exception {
        FakeWorkspace w = FakeWorkspace.allGreen(dir.resolve("repo"));
        assertEquals(ExitCodes.OK, audit(w.root), out + "\n" + err);
        assertTrue(out.toString().startsWith("PASS"));
        Path report = w.root.resolve("target/audit");
        Document html = Jsoup.parse(Files.readString(report.resolve("index.html")));
        List<Requirement> requirements = Catalogs.requirements(w.root);
        for (Requirement r : requirements) {
            Element row = html.getElementById(r.id());
            assertTrue(row != null && row.hasClass("requirement"), r.id() + " has a row");
            assertTrue(row.hasClass("green"), r.id() + " is green");
            assertEquals(r.evidence().size(), row.select("ul.evidence li").size());
        }
        assertEquals(requirements.size(), html.select("tr.requirement").size());
        assertEquals("PASS", html.selectFirst("#summary .verdict").text());
        assertEquals(6, html.select("tr.invariant.green").size());
        assertFalse(html.select("#proofs table.proofs tbody tr").isEmpty());
        assertEquals(
                4, html.select("#differential table.checks tbody tr.green").size(), "audited profile plus those cited");
        Element map = html.selectFirst("#pictures svg.memory-map");
        assertTrue(map != null && map.select("rect").size() > 100, "the memory map is drawn cell by cell");
        assertTrue(
                map.select("rect").stream().anyMatch(r -> r.attr("fill").equals("#d9534f")), "allocated blocks shown");
        assertEquals(10, html.select("#pictures svg.order-chart rect").size(), "one bar per order");
        assertEquals(10, html.select("table.fragmentation tbody tr").size());
        for (Element row : html.select("table.fragmentation tbody tr")) {
            int index = Integer.parseInt(row.child(2).text());
            int unusable = Integer.parseInt(row.child(3).text());
            assertTrue(index == -1000 || (0 <= index && index <= 1000), "fragmentation index " + index);
            assertTrue(0 <= unusable && unusable <= 1000, "unusable free space index " + unusable);
        }
        assertEquals(
                "-1000",
                html.select("table.fragmentation tbody tr").get(0).child(2).text(),
                "order 0 fits");
        assertTrue(html.selectFirst("code.buddyinfo").text().startsWith("Node 0, zone physmem"), "buddyinfo line");
        assertTrue(html.select("link[href], script[src], img[src]").isEmpty(), "self-contained");
        String md = Files.readString(report.resolve("audit.md"));
        for (Requirement r : requirements) {
            assertTrue(md.contains("| " + r.id() + " |"), r.id() + " in the Markdown matrix");
        }
        assertTrue(Files.readString(report.resolve("memory-map.svg")).startsWith("<svg"));
    }

    @Test
    void oneFailedTestTurnsItsRequirementsRedAndTheAuditFails() throws Exception {
        FakeWorkspace w = FakeWorkspace.allGreen(dir.resolve("repo"));
        w.testReport("ruvix.physmem.ErrorsTest", 6, 1);
        assertEquals(ExitCodes.FAILURE, audit(w.root));
        assertTrue(out.toString().startsWith("FAIL"));
        assertTrue(out.toString().contains("RED           ADR087-PM-11"), out.toString());
        Document html = Jsoup.parse(Files.readString(w.root.resolve("target/audit/index.html")));
        assertTrue(html.getElementById("ADR087-PM-11").hasClass("red"));
        assertTrue(html.getElementById("ADR087-PM-01").hasClass("green"));
        assertEquals("FAIL", html.selectFirst("#summary .verdict").text());
    }

    @Test
    void openProofsMissingReportsAndDriftAreRed() throws Exception {
        FakeWorkspace w = FakeWorkspace.allGreen(dir.resolve("repo"));
        w.proofReport(Set.of("alloc", "free", "<init>"), "OPEN");
        Files.writeString(
                w.root.resolve(Drift.SOURCES).resolve("ruvix/physmem/generated/TinyAllocator.java"), "// edited\n");
        assertEquals(ExitCodes.FAILURE, audit(w.root));
        assertTrue(out.toString().contains("DRIFT"), out.toString());
        assertTrue(out.toString().contains("contract(s) open"), out.toString());
        Files.delete(w.root.resolve(ProofResults.REPORT));
        out.getBuffer().setLength(0);
        assertEquals(ExitCodes.FAILURE, audit(w.root));
        assertTrue(out.toString().contains("proofs        not run"));
    }

    @Test
    void badArgumentsAndBadCataloguesAreOneLineUsageErrors() throws Exception {
        FakeWorkspace w = FakeWorkspace.allGreen(dir.resolve("repo"));
        assertEquals(ExitCodes.USAGE, audit(w.root, "--profile", "pdp-11"));
        assertTrue(err.toString().contains("invalid profile"));
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.USAGE, audit(w.root, "--ops", "0"));
        Files.writeString(w.root.resolve(Catalogs.REQUIREMENTS), "requirements:\n- id: X\n  title: t\n");
        err.getBuffer().setLength(0);
        assertEquals(ExitCodes.USAGE, audit(w.root));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("X: 'statement' must be a non-empty string"), err.toString());
        assertFalse(Files.exists(w.root.resolve("target/audit/index.html")), "nothing written for a bad catalogue");
    }
}
