package ruvix.physmem.verification.audit;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The audit as one self-contained HTML page: inline CSS and SVG, no external asset. */
public final class HtmlReport {
    private HtmlReport() {}

    public static String render(AuditData d) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">");
        h.append("<title>physmem audit: ").append(esc(d.profile().name())).append("</title>");
        h.append("<style>").append(CSS).append("</style></head><body>\n");
        h.append("<h1>physmem audit against ADR-087</h1>\n");
        summary(h, d);
        requirements(h, d);
        proofs(h, d);
        invariants(h, d);
        differential(h, d);
        pictures(h, d);
        benchmarks(h, d);
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, AuditData d) {
        long greenReqs = d.requirements().size() - d.failingRequirements().size();
        h.append("<section id=\"summary\"><h2>Summary</h2>");
        h.append("<p class=\"verdict ")
                .append(d.passed() ? "pass\">PASS" : "fail\">FAIL")
                .append("</p>");
        h.append("<table class=\"facts\">");
        fact(h, "profile", d.profile().name() + " (" + d.profile().className() + ")");
        fact(h, "commit", d.commit());
        fact(
                h,
                "requirements with green evidence",
                greenReqs + " / " + d.requirements().size());
        fact(
                h,
                "proofs closed",
                d.proofs()
                        .map(p -> p.contracts().stream()
                                        .filter(ProofResults.Contract::closed)
                                        .count() + " / " + p.contracts().size() + " (" + p.intRules() + ")")
                        .orElse("not run"));
        fact(
                h,
                "tests in the build",
                d.tests().totalTests() + " run, " + d.tests().totalFailed() + " failed");
        fact(
                h,
                "differential calls compared by the audit",
                String.valueOf(d.checks().stream().mapToLong(CheckResult::calls).sum()));
        fact(h, "generated/ drift", d.drift().isEmpty() ? "none" : String.join(", ", d.drift()));
        h.append("</table></section>\n");
    }

    private static void requirements(StringBuilder h, AuditData d) {
        h.append("<section id=\"requirements\"><h2>ADR-087 requirements</h2>");
        h.append(
                "<table class=\"matrix\"><thead><tr><th>id</th><th>requirement</th><th>status</th><th>evidence</th></tr></thead><tbody>");
        for (Requirement r : d.requirements()) {
            boolean green = d.judge().allGreen(r.evidence());
            h.append("<tr class=\"requirement ")
                    .append(green ? "green" : "red")
                    .append("\" id=\"")
                    .append(esc(r.id()))
                    .append("\">");
            h.append("<td>").append(esc(r.id())).append("</td>");
            h.append("<td><strong>")
                    .append(esc(r.title()))
                    .append("</strong><blockquote>")
                    .append(esc(r.statement()))
                    .append("</blockquote><small>")
                    .append(esc(r.source()))
                    .append("</small><p>")
                    .append(esc(r.applies()))
                    .append("</p></td>");
            h.append("<td>").append(esc(r.status())).append("</td>");
            h.append("<td>");
            evidenceList(h, d, r.evidence());
            h.append("</td></tr>");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void evidenceList(StringBuilder h, AuditData d, List<Evidence> evidence) {
        h.append("<ul class=\"evidence\">");
        for (Evidence e : evidence) {
            EvidenceJudge.Verdict v = d.judge().judge(e);
            h.append("<li class=\"")
                    .append(v.green() ? "green" : "red")
                    .append("\">")
                    .append(v.green() ? "&#10003; " : "&#10007; ")
                    .append("<code>")
                    .append(esc(e.toString()))
                    .append("</code> ")
                    .append(esc(v.detail()))
                    .append("</li>");
        }
        h.append("</ul>");
    }

    private static void proofs(StringBuilder h, AuditData d) {
        h.append("<section id=\"proofs\"><h2>KeY proofs of the model</h2>");
        if (d.proofs().isEmpty()) {
            h.append("<p class=\"fail\">The proof report is missing: the proofs did not run.</p></section>\n");
            return;
        }
        ProofResults p = d.proofs().get();
        h.append("<p>Integer semantics <code>")
                .append(esc(p.intRules()))
                .append("</code>; mutants caught ")
                .append(p.mutantsCaught())
                .append(" / ")
                .append(p.mutants())
                .append(".</p>");
        h.append("<p class=\"settings\"><small>Settings: <code>")
                .append(esc(p.settings()))
                .append("</code></small></p>");
        h.append(
                "<table class=\"proofs\"><thead><tr><th>class</th><th>method</th><th>behaviour</th><th>status</th><th>how</th><th>nodes</th><th>time</th></tr></thead><tbody>");
        for (ProofResults.Contract c : p.contracts()) {
            h.append("<tr class=\"")
                    .append(c.closed() ? "green" : "red")
                    .append("\"><td>")
                    .append(esc(c.simpleType()))
                    .append("</td><td>")
                    .append(esc(c.method()))
                    .append("</td><td>")
                    .append(esc(c.behaviour()))
                    .append("</td><td>")
                    .append(esc(c.status()))
                    .append("</td><td>")
                    .append(esc(c.closedBy()))
                    .append("</td><td>")
                    .append(c.nodes())
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f s", c.millis() / 1000.0))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void invariants(StringBuilder h, AuditData d) {
        h.append(
                "<section id=\"invariants\"><h2>Invariant catalogue</h2><table class=\"invariants\"><thead><tr><th>id</th><th>invariant</th><th>proved</th><th>tested</th></tr></thead><tbody>");
        for (Invariant i : d.invariants()) {
            boolean green = d.judge().allGreen(i.proved()) && d.judge().allGreen(i.tested());
            h.append("<tr class=\"invariant ")
                    .append(green ? "green" : "red")
                    .append("\"><td>")
                    .append(esc(i.id()))
                    .append("</td><td><strong>")
                    .append(esc(i.name()))
                    .append("</strong><br>")
                    .append(esc(i.statement()))
                    .append("</td><td>");
            evidenceList(h, d, i.proved());
            h.append("</td><td>");
            evidenceList(h, d, i.tested());
            h.append("</td></tr>");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void differential(StringBuilder h, AuditData d) {
        h.append("<section id=\"differential\"><h2>Model against generated allocators</h2>");
        h.append(
                "<table class=\"checks\"><thead><tr><th>profile</th><th>memory map</th><th>calls</th><th>time</th><th>outcomes</th><th>result</th></tr></thead><tbody>");
        for (CheckResult c : d.checks()) {
            h.append("<tr class=\"")
                    .append(c.agreed() ? "green" : "red")
                    .append("\"><td>")
                    .append(esc(c.profile()))
                    .append("</td><td><small>")
                    .append(esc(c.map().toString()))
                    .append("</small></td><td>")
                    .append(c.calls())
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.1f s", c.seconds()))
                    .append("</td><td><small>")
                    .append(esc(outcomes(c.outcomes())))
                    .append("</small></td><td>")
                    .append(c.agreed() ? "no divergence" : "<pre>" + esc(c.divergence()) + "</pre>")
                    .append("</td></tr>");
        }
        h.append("</tbody></table>");
        h.append(
                "<h3>Test suites of the build</h3><table class=\"suites\"><thead><tr><th>class</th><th>module</th><th>tests</th><th>failed</th><th>time</th></tr></thead><tbody>");
        d.tests().suites().forEach((name, s) -> h.append("<tr class=\"")
                .append(s.passed() ? "green" : "red")
                .append("\"><td>")
                .append(esc(name))
                .append("</td><td>")
                .append(esc(s.module()))
                .append("</td><td>")
                .append(s.tests())
                .append("</td><td>")
                .append(s.failures() + s.errors())
                .append("</td><td>")
                .append(String.format(Locale.ROOT, "%.1f s", s.seconds()))
                .append("</td></tr>"));
        h.append("</tbody></table></section>\n");
    }

    private static void pictures(StringBuilder h, AuditData d) {
        int maxOrder = d.profile().maxOrder();
        h.append("<section id=\"pictures\"><h2>Memory after the sample workload</h2>");
        h.append("<p>")
                .append(esc(d.sampleMap().toString()))
                .append(": ")
                .append(d.allocated().size())
                .append(" allocated block(s), ")
                .append(d.free().size())
                .append(" free block(s).</p>");
        h.append("<figure>").append(Svg.memoryMap(d));
        h.append("<figcaption>");
        legend(h, Svg.ALLOCATED, "allocated");
        legend(h, Svg.RESERVED, "reserved");
        legend(h, Svg.HOLE, "hole");
        for (int k = 0; k < maxOrder; k++) {
            legend(h, Svg.freeColour(k, maxOrder), "free, order " + k);
        }
        h.append("</figcaption></figure>");
        h.append("<h3>Free blocks and fragmentation per order</h3><figure>")
                .append(Svg.orderChart(d))
                .append("</figure>");
        h.append(
                "<table class=\"fragmentation\"><thead><tr><th>order</th><th>free blocks</th><th>fragmentation index</th><th>unusable free space index</th></tr></thead><tbody>");
        for (FreeArea area : d.freeAreas()) {
            h.append("<tr><td>")
                    .append(area.order())
                    .append("</td><td>")
                    .append(area.freeBlocks())
                    .append("</td><td>")
                    .append(area.fragmentationIndex())
                    .append("</td><td>")
                    .append(area.unusableFreeSpaceIndex())
                    .append("</td></tr>");
        }
        h.append("</tbody></table><p><code class=\"buddyinfo\">")
                .append(esc(d.buddyinfo()))
                .append("</code></p>");
        h.append(
                "<p><small>Indices in thousandths, Linux's definitions: the fragmentation index is -1000 when a block of the order is free, and otherwise tends to 1000 when an allocation would fail for fragmentation rather than lack of memory.</small></p></section>\n");
    }

    private static void benchmarks(StringBuilder h, AuditData d) {
        h.append("<section id=\"benchmarks\"><h2>Benchmarks</h2>");
        if (d.bench().isEmpty()) {
            h.append("<p>No benchmark results yet (run <code>bench/run</code>).</p></section>\n");
            return;
        }
        BenchResults b = d.bench().get();
        h.append("<p>")
                .append(esc(b.pass()))
                .append(" pass of ")
                .append(esc(b.date()))
                .append(" on ")
                .append(esc(String.join(", ", b.machine())))
                .append(".</p>");
        h.append(
                "<table class=\"bench\"><thead><tr><th>scenario</th><th>allocator</th><th>API</th><th>ns/op</th><th>bytes/op</th><th>crate ns</th><th>crate / ours</th></tr></thead><tbody>");
        for (BenchResults.Row r : b.rows()) {
            h.append("<tr><td>")
                    .append(esc(r.scenario()))
                    .append("</td><td>")
                    .append(esc(r.impl().toLowerCase(Locale.ROOT)))
                    .append("</td><td>")
                    .append(esc(r.api()))
                    .append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.2f", r.ns()))
                    .append("</td><td>")
                    .append(r.bytesPerOp() == null ? "" : String.format(Locale.ROOT, "%.1f", r.bytesPerOp()))
                    .append("</td><td>")
                    .append(r.crateNs() == null ? "" : String.format(Locale.ROOT, "%.1f", r.crateNs()))
                    .append("</td><td>")
                    .append(r.crateNs() == null ? "" : String.format(Locale.ROOT, "%.2fx", r.crateNs() / r.ns()))
                    .append("</td></tr>");
        }
        h.append("</tbody></table></section>\n");
    }

    private static void legend(StringBuilder h, String colour, String label) {
        h.append("<span class=\"key\"><span class=\"swatch\" style=\"background:")
                .append(colour)
                .append("\"></span>")
                .append(esc(label))
                .append("</span> ");
    }

    private static void fact(StringBuilder h, String name, String value) {
        h.append("<tr><th>")
                .append(esc(name))
                .append("</th><td>")
                .append(esc(value))
                .append("</td></tr>");
    }

    static String outcomes(Map<String, Long> outcomes) {
        StringBuilder s = new StringBuilder();
        outcomes.forEach((k, v) ->
                s.append(s.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
        return s.toString();
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static final String CSS = "body{font-family:system-ui,sans-serif;margin:2em;max-width:1200px;color:#222}"
            + "table{border-collapse:collapse;margin:1em 0}th,td{border:1px solid #ccc;padding:4px 8px;vertical-align:top;text-align:left}"
            + "tr.green td:first-child{border-left:4px solid #2e7d32}tr.red td:first-child{border-left:4px solid #c62828}"
            + "li.green{color:#2e7d32}li.red{color:#c62828}ul.evidence{margin:0;padding-left:1em}"
            + "blockquote{margin:.3em 0;padding-left:.6em;border-left:3px solid #ddd;color:#555}"
            + ".verdict{font-size:1.6em;font-weight:bold}.pass{color:#2e7d32}.fail{color:#c62828}"
            + ".key{margin-right:1em;white-space:nowrap}.swatch{display:inline-block;width:12px;height:12px;margin-right:4px;border:1px solid #999;vertical-align:middle}"
            + "pre{white-space:pre-wrap;font-size:.85em}";
}
