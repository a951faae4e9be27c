package dev.migrate.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToLongFunction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole process, as users run it: a fresh JVM that upgrades a fresh PostgreSQL database to the
 * heads of N one-table revisions compiled by the real processor ({@link UpgradeProbe}), against a
 * fresh JVM running the floor, a hand-written JDBC loop doing the same DDL with one history insert
 * and one commit per revision ({@link UpgradeProbe.Floor}). Not part of the default test run:
 * <pre>
 * mvn -Pbenchmark -pl migrate-processor -am test -Dtest=ProcessBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * The two run in turn, migrate then floor, each on a database of its own created for the run and
 * dropped after it; each pair's ratio is taken, so that a shared machine whose speed drifts slows
 * both sides of a pair alike. Wall time is taken from start to exit, user + system CPU and peak
 * resident memory are the kernel's accounting of the finished child ({@code /usr/bin/time}). The
 * first pair of each size only warms the caches. Printed, never asserted; each run's result is
 * checked, so a fast wrong run cannot pass. {@code -Dmigrate.benchmark.sizes=1000,10000} and
 * {@code -Dmigrate.benchmark.pairs=5} change what runs.
 */
@Tag("benchmark")
class ProcessBenchmark {

    private static final List<Integer> SIZES = Arrays.stream(
            System.getProperty("migrate.benchmark.sizes", "1000,10000").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    private static final int PAIRS = Integer.getInteger("migrate.benchmark.pairs", 5);
    private static final double WALL_TARGET = 1.3;
    private static final double CPU_TARGET = 1.5;

    @TempDir
    Path dir;

    @Test
    void upgradeAgainstTheJdbcFloor() throws Exception {
        BenchmarkDatabase db = BenchmarkDatabase.fromEnvironment();
        System.out.printf(Locale.ROOT, "%nwhole-process benchmark: PostgreSQL %s, %d pairs per size after one warm-up"
                + " pair%n", db.serverVersion(), PAIRS);
        for (int size : SIZES) {
            String before = loadAverage();
            List<String> lines = measure(db, size);
            lines.add("  load average (1, 5, 15 min) before: " + before + ", after: " + loadAverage());
            // Printed as each size ends: the largest takes many minutes.
            lines.forEach(System.out::println);
        }
    }

    private List<String> measure(BenchmarkDatabase db, int size) throws Exception {
        Path classes = dir.resolve(size + "/classes");
        RealJavac.Result compiled = RealJavac.compile(GeneratedRevisions.write(dir.resolve(size + "/src"), size),
                classes, dir.resolve(size + "/generated"));
        assertTrue(compiled.success(), compiled.diagnostics());
        ChildJvm jvm = new ChildJvm(classes);
        List<ChildJvm.Usage> migrate = new ArrayList<>();
        List<ChildJvm.Usage> floor = new ArrayList<>();
        for (int pair = -1; pair < PAIRS; pair++) {
            ChildJvm.Usage a = run(db, jvm, size, true);
            ChildJvm.Usage b = run(db, jvm, size, false);
            if (pair >= 0) {
                migrate.add(a);
                floor.add(b);
            }
        }
        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "%,d revisions         migrate      floor   ratio (median of pair ratios)",
                size));
        lines.add(row("wall", migrate, floor, ChildJvm.Usage::wallNanos, 1e6, "ms", WALL_TARGET));
        lines.add(row("CPU (user+sys)", migrate, floor, ChildJvm.Usage::cpuNanos, 1e6, "ms", CPU_TARGET));
        lines.add(row("peak RSS", migrate, floor, ChildJvm.Usage::peakKib, 1024, "MiB", 0));
        return lines;
    }

    /** One run in a database of its own, its result checked, the database dropped. */
    private static ChildJvm.Usage run(BenchmarkDatabase db, ChildJvm jvm, int size, boolean migrate)
            throws Exception {
        String name = db.createDatabase();
        try {
            String url = db.databaseUrl(name);
            ChildJvm.Usage usage = ChildJvm.measure(migrate ? jvm.command(UpgradeProbe.class, url, db.user())
                    : jvm.command(UpgradeProbe.Floor.class, url, db.user(), Integer.toString(size)));
            assertTrue(usage.output().endsWith("applied=" + size), usage.output());
            String history = migrate ? "migrate_history WHERE status = 'applied'" : "raw_history";
            assertEquals(size, db.selectNumber(name, "SELECT COUNT(*) FROM " + history));
            assertEquals(size, db.selectNumber(name,
                    "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public' AND tablename ~ '^[tb][0-9]+$'"));
            if (migrate) {
                assertEquals(size - 1, db.selectNumber(name, "SELECT CAST(SUBSTRING(version_num, 2) AS INT)"
                        + " FROM migrate_version"));
            }
            return usage;
        } finally {
            db.dropDatabase(name);
        }
    }

    private static String row(String what, List<ChildJvm.Usage> migrate, List<ChildJvm.Usage> floor,
            ToLongFunction<ChildJvm.Usage> measure, double unit, String unitName, double target) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < migrate.size(); i++) {
            ratios.add((double) measure.applyAsLong(migrate.get(i)) / measure.applyAsLong(floor.get(i)));
        }
        return String.format(Locale.ROOT, "  %-16s %,8.0f %-3s %,6.0f %-3s %5.2fx%s   migrate %s, floor %s", what,
                median(migrate.stream().map(u -> (double) measure.applyAsLong(u)).toList()) / unit, unitName,
                median(floor.stream().map(u -> (double) measure.applyAsLong(u)).toList()) / unit, unitName,
                median(ratios), target > 0 ? String.format(Locale.ROOT, " (target %.1fx)", target) : "",
                values(migrate, measure, unit), values(floor, measure, unit));
    }

    private static List<Long> values(List<ChildJvm.Usage> runs, ToLongFunction<ChildJvm.Usage> measure, double unit) {
        return runs.stream().map(u -> Math.round(measure.applyAsLong(u) / unit)).toList();
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    /** The 1, 5 and 15 minute load averages, for the figures' context. */
    static String loadAverage() throws IOException {
        Path load = Path.of("/proc/loadavg");
        return Files.isReadable(load) ? String.join(" ", Arrays.asList(Files.readString(load).split(" ")).subList(0, 3))
                : "unknown";
    }
}
