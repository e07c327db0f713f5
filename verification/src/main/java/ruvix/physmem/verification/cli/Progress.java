package ruvix.physmem.verification.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar on the error stream: redrawn in place on a terminal; elsewhere (a log,
 * a pipe) a line at every quarter.
 */
final class Progress {
    private static final int WIDTH = 30;

    private final PrintWriter err;
    private final String label;
    private final long total;
    private final long startNanos = System.nanoTime();
    private final boolean interactive = System.console() != null;
    private int shownPercent = -1;

    Progress(PrintWriter err, String label, long total) {
        this.err = err;
        this.label = label;
        this.total = Math.max(1, total);
    }

    void update(long done) {
        int percent = (int) (done * 100 / total);
        if (percent == shownPercent || (!interactive && percent % 25 != 0)) {
            return;
        }
        shownPercent = percent;
        int filled = percent * WIDTH / 100;
        err.printf(
                (interactive ? "\r" : "") + "%s [%s%s] %3d%% %d/%d %.1fs" + (interactive ? "" : "%n"),
                label,
                "#".repeat(filled),
                " ".repeat(WIDTH - filled),
                percent,
                done,
                total,
                (System.nanoTime() - startNanos) / 1e9);
        err.flush();
    }

    void finish(long done) {
        update(done);
        if (interactive) {
            err.println();
        }
    }

    double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
