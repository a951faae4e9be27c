package dev.migrate.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Direction;
import dev.migrate.MigrationListener;
import dev.migrate.Migrator;
import dev.migrate.RevisionInfo;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What migrate costs on PostgreSQL for 10,000 one-table revisions compiled by the real processor:
 * the bookkeeping of each step against raw JDBC doing the same DDL (interleaved step by step, so
 * that a busy machine slows both alike), and {@code status()} in a fresh JVM against a JVM that
 * does nothing. Not part of the default test run:
 * <pre>
 * mvn -Pbenchmark -pl migrate-processor -am test -Dtest=MigratorBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * The numbers are printed, never asserted; the results are checked, so a fast wrong run cannot
 * pass. Each part works in a schema of its own, dropped at the end.
 */
@Tag("benchmark")
class MigratorBenchmark {

    private static final int REVISIONS = Integer.getInteger("migrate.benchmark.revisions", 10_000);
    private static final int JVM_RUNS = Integer.getInteger("migrate.benchmark.runs", 5);
    private static final double STEP_TARGET = 1.3;
    private static final long STATUS_TARGET_MS = 400;

    @TempDir
    Path dir;

    @Test
    void bookkeepingAndStatusOnTenThousandRevisions() throws Exception {
        BenchmarkDatabase db = BenchmarkDatabase.fromEnvironment();
        long compileStart = System.nanoTime();
        Path classes = dir.resolve("classes");
        RealJavac.Result compiled = RealJavac.compile(GeneratedRevisions.write(dir.resolve("src"), REVISIONS), classes,
                dir.resolve("generated"));
        assertTrue(compiled.success(), compiled.diagnostics());
        long compileMs = millis(System.nanoTime() - compileStart);

        String rawSchema = db.createSchema();
        String ourSchema = db.createSchema();
        try (URLClassLoader revisions = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader());
                RawJdbcSteps raw = RawJdbcSteps.open(db.connect(rawSchema))) {
            Interleaved interleaved = new Interleaved(raw);
            List<Long> nothing = new ArrayList<>();
            List<Long> connect = new ArrayList<>();
            List<Long> status = new ArrayList<>();
            List<String> inside = new ArrayList<>();
            long[] up = new long[2];
            long[] down = new long[2];
            try (Migrator migrator = Migrator.builder().url(db.url(ourSchema), db.user(), db.password())
                    .classLoader(revisions).listener(interleaved).build()) {
                long start = System.nanoTime();
                assertEquals(REVISIONS, migrator.upgrade("heads").size());
                up = interleaved.split(System.nanoTime() - start);
                assertEquals(List.of(GeneratedRevisions.id(REVISIONS - 1)), migrator.current());

                ChildJvm jvm = new ChildJvm(classes);
                String url = db.url(ourSchema);
                for (int run = -1; run < JVM_RUNS; run++) {
                    long nothingNs = time(jvm.command(StatusProbe.Nothing.class, url, db.user()));
                    long connectNs = time(jvm.command(StatusProbe.ConnectOnly.class, url, db.user()));
                    String[] out = new String[1];
                    long statusNs = timeOutput(jvm.command(StatusProbe.class, url, db.user()), out);
                    assertTrue(out[0].startsWith("current=[" + GeneratedRevisions.id(REVISIONS - 1)
                            + "] pending=0 upToDate=true"), out[0]);
                    if (run >= 0) { // the first run of each only warms the file cache
                        nothing.add(nothingNs);
                        connect.add(connectNs);
                        status.add(statusNs);
                        inside.add(out[0].substring(out[0].indexOf("build_ms")));
                    }
                }

                start = System.nanoTime();
                assertEquals(REVISIONS, migrator.downgrade("base").size());
                down = interleaved.split(System.nanoTime() - start);
                assertEquals(List.of(), migrator.current());
            }
            report(db.serverVersion(), compileMs, up, down, nothing, connect, status, inside);
        } finally {
            db.dropSchema(rawSchema);
            db.dropSchema(ourSchema);
        }
    }

    /**
     * Runs the raw step of each revision right after migrate's, on a connection of its own, so that
     * both see the same load on a shared machine; the raw steps' time is taken out of migrate's.
     */
    private static final class Interleaved implements MigrationListener {
        private final RawJdbcSteps raw;
        private long rawNanos;

        Interleaved(RawJdbcSteps raw) {
            this.raw = raw;
        }

        @Override
        public void finished(RevisionInfo revision, Direction direction, Duration took) {
            int n = Integer.parseInt(revision.id().substring(1));
            try {
                rawNanos += direction == Direction.UPGRADE ? raw.upgrade(n) : raw.downgrade(n);
            } catch (SQLException e) {
                throw new IllegalStateException("the raw step " + n + " failed", e);
            }
        }

        /** {migrate's nanoseconds, raw JDBC's} of a command that took {@code total}; starts afresh. */
        long[] split(long total) {
            long[] split = {total - rawNanos, rawNanos};
            rawNanos = 0;
            return split;
        }
    }

    private static void report(String server, long compileMs, long[] up, long[] down, List<Long> nothing,
            List<Long> connect, List<Long> status, List<String> inside) {
        long nothingMs = millis(median(nothing));
        long statusMs = millis(median(status));
        PrintLine out = (format, args) -> System.out.printf(Locale.ROOT, format + "%n", args);
        out.line("");
        out.line("migrate benchmark: PostgreSQL %s, %,d one-table revisions (index compiled by the processor in %,d ms)",
                server, REVISIONS, compileMs);
        out.line("  each migrate step is followed by the same DDL + history insert + commit in raw JDBC, timed apart");
        out.line("  upgrade    raw JDBC                                  %,7d ms  %,6d us/step", millis(up[1]),
                up[1] / 1000 / REVISIONS);
        out.line("             Migrator.upgrade(\"heads\")                 %,7d ms  %,6d us/step  %.2fx raw (target %.1fx)",
                millis(up[0]), up[0] / 1000 / REVISIONS, (double) up[0] / up[1], STEP_TARGET);
        out.line("  downgrade  raw JDBC                                  %,7d ms  %,6d us/step", millis(down[1]),
                down[1] / 1000 / REVISIONS);
        out.line("             Migrator.downgrade(\"base\")                %,7d ms  %,6d us/step  %.2fx raw",
                millis(down[0]), down[0] / 1000 / REVISIONS, (double) down[0] / down[1]);
        out.line("  status()   fresh JVM: load index, connect, status()  %,7d ms  (median of %d: %s)", statusMs,
                status.size(), millisList(status));
        out.line("             fresh JVM doing nothing                   %,7d ms  (median of %d: %s)", nothingMs,
                nothing.size(), millisList(nothing));
        out.line("             difference                                %,7d ms  (target %d ms)", statusMs - nothingMs,
                STATUS_TARGET_MS);
        out.line("             for scale: fresh JVM connecting with the bare driver %,d ms  (median of %d: %s)",
                millis(median(connect)), connect.size(), millisList(connect));
        out.line("             inside the status JVM: %s", inside);
    }

    private interface PrintLine {
        void line(String format, Object... args);
    }

    private static long time(List<String> command) throws IOException, InterruptedException {
        return timeOutput(command, new String[1]);
    }

    /** Runs the command to its end; its standard output goes to {@code out[0]}. */
    private static long timeOutput(List<String> command, String[] out) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        out[0] = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int exit = process.waitFor();
        long took = System.nanoTime() - start;
        assertEquals(0, exit, String.join(" ", command.subList(0, command.size() - 2)) + " failed: " + out[0]);
        return took;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }

    private static List<Long> millisList(List<Long> nanos) {
        return nanos.stream().map(MigratorBenchmark::millis).toList();
    }
}
