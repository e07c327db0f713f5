package ruvix.physmem.verification.audit;

import java.util.List;
import java.util.Locale;

/** The audit in Markdown, for reading in a terminal or a code review; pictures are linked SVG files. */
public final class MarkdownReport {
    /** File names of the pictures written beside {@code audit.md}. */
    public static final String MEMORY_MAP_SVG = "memory-map.svg";

    public static final String ORDERS_SVG = "orders.svg";

    private MarkdownReport() {}

    public static String render(AuditData d) {
        StringBuilder m = new StringBuilder("# physmem audit against ADR-087\n\n");
        m.append("**")
                .append(d.passed() ? "PASS" : "FAIL")
                .append("** - profile `")
                .append(d.profile().name())
                .append("`, commit `")
                .append(d.commit())
                .append("`\n\n");
        m.append(summaryLines(d)).append('\n');
        m.append("## ADR-087 requirements\n\n| id | requirement | status | evidence |\n|---|---|---|---|\n");
        for (Requirement r : d.requirements()) {
            m.append("| ")
                    .append(r.id())
                    .append(" | ")
                    .append(cell(r.title()))
                    .append(" | ")
                    .append(r.status())
                    .append(" | ")
                    .append(evidence(d, r.evidence()))
                    .append(" |\n");
        }
        m.append("\n## KeY proofs of the model\n\n");
        if (d.proofs().isEmpty()) {
            m.append("The proof report is missing: the proofs did not run.\n");
        } else {
            ProofResults p = d.proofs().get();
            m.append("Integer semantics `")
                    .append(p.intRules())
                    .append("`; mutants caught ")
                    .append(p.mutantsCaught())
                    .append(" / ")
                    .append(p.mutants())
                    .append(
                            ".\n\n| class | method | behaviour | status | how | nodes | time |\n|---|---|---|---|---|---|---|\n");
            for (ProofResults.Contract c : p.contracts()) {
                m.append(String.format(
                        Locale.ROOT,
                        "| %s | %s | %s | %s | %s | %d | %.1f s |%n",
                        c.simpleType(),
                        cell(c.method()),
                        cell(c.behaviour()),
                        c.status(),
                        c.closedBy(),
                        c.nodes(),
                        c.millis() / 1000.0));
            }
        }
        m.append("\n## Invariant catalogue\n\n| id | invariant | proved | tested |\n|---|---|---|---|\n");
        for (Invariant i : d.invariants()) {
            m.append("| ")
                    .append(i.id())
                    .append(" | **")
                    .append(i.name())
                    .append("**: ")
                    .append(cell(i.statement()))
                    .append(" | ")
                    .append(evidence(d, i.proved()))
                    .append(" | ")
                    .append(evidence(d, i.tested()))
                    .append(" |\n");
        }
        m.append("\n## Model against generated allocators\n\n| profile | calls | time | result |\n|---|---|---|---|\n");
        for (CheckResult c : d.checks()) {
            m.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %.1f s | %s |%n",
                    c.profile(),
                    c.calls(),
                    c.seconds(),
                    c.agreed() ? "no divergence" : "DIVERGENCE: " + cell(c.divergence())));
        }
        m.append("\n## Memory after the sample workload\n\n")
                .append(d.sampleMap())
                .append("\n\n");
        m.append("![memory map](")
                .append(MEMORY_MAP_SVG)
                .append(")\n\n![free blocks per order](")
                .append(ORDERS_SVG)
                .append(")\n\n");
        m.append("| order | free blocks | fragmentation index | unusable free space index |\n|---|---|---|---|\n");
        for (FreeArea area : d.freeAreas()) {
            m.append("| ")
                    .append(area.order())
                    .append(" | ")
                    .append(area.freeBlocks())
                    .append(" | ")
                    .append(area.fragmentationIndex())
                    .append(" | ")
                    .append(area.unusableFreeSpaceIndex())
                    .append(" |\n");
        }
        m.append("\n```\n").append(d.buddyinfo()).append("\n```\n");
        m.append("\n## Benchmarks\n\n");
        m.append(d.bench().map(BenchResults::markdown).orElse("No benchmark results yet (run `bench/run`).\n"));
        return m.toString();
    }

    /** The few lines the command prints at the end: the verdict and its figures. */
    public static String summaryLines(AuditData d) {
        StringBuilder s = new StringBuilder();
        s.append(String.format(
                "requirements  %d / %d with green evidence%n",
                d.requirements().size() - d.failingRequirements().size(),
                d.requirements().size()));
        s.append(String.format(
                "invariants    %d / %d proved and tested%n",
                d.invariants().size() - d.failingInvariants().size(),
                d.invariants().size()));
        s.append(d.proofs()
                .map(p -> String.format(
                        "proofs        %d / %d contracts closed (%s), %d / %d mutants caught%n",
                        p.contracts().stream()
                                .filter(ProofResults.Contract::closed)
                                .count(),
                        p.contracts().size(),
                        p.intRules(),
                        p.mutantsCaught(),
                        p.mutants()))
                .orElse(String.format("proofs        not run%n")));
        s.append(String.format(
                "tests         %d run, %d failed%n",
                d.tests().totalTests(), d.tests().totalFailed()));
        s.append(String.format(
                "differential  %d calls compared on %d profile(s), %d divergence(s)%n",
                d.checks().stream().mapToLong(CheckResult::calls).sum(),
                d.checks().size(),
                d.checks().stream().filter(c -> !c.agreed()).count()));
        s.append(String.format("generated/    %s%n", d.drift().isEmpty() ? "no drift" : "DRIFT in " + d.drift()));
        for (Requirement r : d.failingRequirements()) {
            s.append("RED           ")
                    .append(r.id())
                    .append(' ')
                    .append(r.title())
                    .append(':');
            for (Evidence e : r.evidence()) {
                EvidenceJudge.Verdict v = d.judge().judge(e);
                if (!v.green()) {
                    s.append(" [").append(e).append(": ").append(v.detail()).append(']');
                }
            }
            s.append('\n');
        }
        return s.toString();
    }

    private static String evidence(AuditData d, List<Evidence> evidence) {
        StringBuilder s = new StringBuilder();
        for (Evidence e : evidence) {
            EvidenceJudge.Verdict v = d.judge().judge(e);
            s.append(s.length() == 0 ? "" : "<br>")
                    .append(v.green() ? "✓ " : "✗ ")
                    .append('`')
                    .append(e)
                    .append("` ")
                    .append(cell(v.detail()));
        }
        return s.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }
}
