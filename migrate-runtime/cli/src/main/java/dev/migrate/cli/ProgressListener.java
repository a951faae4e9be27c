package dev.migrate.cli;

import dev.migrate.Direction;
import dev.migrate.MigrationException;
import dev.migrate.MigrationListener;
import dev.migrate.RevisionInfo;
import dev.migrate.internal.RuntimeLog;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * Shows an upgrade or downgrade as it runs. On a terminal, a run of more than {@link #FEW}
 * revisions gets one line redrawn in place: a bar, the revision being applied, the count and the
 * time so far. Elsewhere (a pipe, a log, {@code --json}) each revision gets a plain line when it is
 * done, as the Maven goals print it; {@code --quiet} prints only warnings and failures.
 */
final class ProgressListener implements MigrationListener {

    /** Up to this many revisions, plain lines say enough. */
    static final int FEW = 3;

    private static final int WIDTH = 79;
    private static final int BAR = 20;

    private final Printer printer;
    private final boolean barAllowed;
    private boolean bar;
    private int total;
    private int done;
    private long start;

    ProgressListener(Printer printer, boolean onTerminal) {
        this.printer = printer;
        this.barAllowed = onTerminal && !printer.quiet() && !printer.json();
    }

    @Override
    public void planned(Direction direction, int steps) {
        total = steps;
        done = 0;
        bar = barAllowed && steps > FEW;
        start = System.nanoTime();
    }

    @Override
    public void started(RevisionInfo revision, Direction direction) {
        if (bar) {
            draw(RuntimeLog.running(revision, direction));
        }
    }

    @Override
    public void finished(RevisionInfo revision, Direction direction, Duration took) {
        done++;
        if (!bar) {
            printer.info(RuntimeLog.finished(revision, direction, took));
        } else if (done == total) {
            clear();
        }
    }

    @Override
    public void failed(RevisionInfo revision, Direction direction, MigrationException error) {
        if (bar) {
            clear();
        }
        printer.err().println(printer.style().error(RuntimeLog.failed(revision, direction)));
    }

    @Override
    public void nothingToRun(Direction direction, String target, String reason) {
        printer.info(reason);
    }

    @Override
    public void warning(String message) {
        if (bar) {
            clear();
        }
        printer.warning(message);
    }

    /** {@code [#####-----] 12/40 0:07 upgrade ab12 "add index"}, cut to the width. */
    private void draw(String step) {
        int filled = total == 0 ? 0 : done * BAR / total;
        long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
        String line = "[" + "#".repeat(filled) + "-".repeat(BAR - filled) + "] " + (done + 1) + "/" + total + " "
                + String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60) + " " + step;
        PrintStream err = printer.err();
        err.print("\r" + pad(line.length() > WIDTH ? line.substring(0, WIDTH) : line));
        err.flush();
    }

    private void clear() {
        PrintStream err = printer.err();
        err.print("\r" + pad("") + "\r");
        err.flush();
    }

    private static String pad(String line) {
        return line + " ".repeat(WIDTH - line.length());
    }
}
