package dev.migrate.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.jr.ob.JSON;
import dev.migrate.Migrator;
import dev.migrate.cli.Main;
import dev.migrate.cli.bundle.BenchmarkBundle;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.ToLongFunction;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.Driver;
import picocli.CommandLine;

/**
 * Start-up for a deploy hook: the command line's {@code status} in a fresh JVM on N one-table
 * revisions the processor compiled, side by side with a JVM that only starts, a JVM that only loads
 * the PostgreSQL driver and connects, Flyway {@code info} on the same number of SQL migrations, and
 * the same {@code status} with an AppCDS archive. Not part of the default test run:
 * <pre>
 * mvn -Pbenchmark -pl migrate-runtime/cli -am test -Dtest=StatusStartupBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 * {@code -Dmigrate.benchmark.sizes=10000} (the default; several, comma-separated) and
 * {@code -Dmigrate.benchmark.rounds=5} change what runs.
 *
 * <p>The command line runs as a deploy host runs it: {@code java -jar <bundle> status --exit-code
 * --url … --user …}, on a release bundle of the revisions that {@code BundleWriter} writes as
 * {@code migrate:bundle} does; and, for comparison, {@code java -cp <revisions, runtime, command
 * line, picocli, jackson-jr, jackson-core, PostgreSQL driver> dev.migrate.cli.Main status …}, the
 * same classes as separate jars, as an application's image carries them; and, to tell the command
 * line's own cost from the library's, {@code Migrator.status()} called from a main on that class
 * path ({@link StatusProbe}). Flyway runs from
 * {@code flyway-core}, {@code flyway-database-postgresql} and their dependencies, its
 * {@code V<n>__t<n>.sql} in a jar read from {@code classpath:db/migration} ({@link FlywayInfoProbe}).
 * Every side runs from jars (AppCDS archives classes from jars only). Each side has a PostgreSQL
 * database of its own, created for the size and dropped after it, brought to its heads once before
 * the timed runs: for migrate by the bundle's {@code upgrade}, for real; for Flyway by its
 * {@code migrate} of the first script and then, for speed, the other tables created and their
 * history rows inserted with the checksums Flyway's resolver computes, which Flyway's
 * {@code validate} then accepts ({@link FlywayInfoProbe#bringToLatest}). The AppCDS archive is made
 * by one training run of the bundle's {@code status} against the database under {@code
 * -XX:ArchiveClassesAtExit}, as a pipeline's first run can, and used with {@code
 * -XX:SharedArchiveFile}, also with the README's short-command flags ({@link #SHORT_COMMAND}: no
 * C2 compiler, which a run of a second mostly feeds in vain, and fewer page faults); a second archive is made by a training run on an in-memory H2, as
 * an image build without a database can (the README's flags). Runs with class loading logged prove
 * that the command line's classes come from each archive.
 *
 * <p>The nine run in turn, in an order that rotates each round, so that a shared machine whose speed
 * drifts slows all alike; the first round only warms the caches. Wall time is taken from start to
 * exit, user + system CPU and peak resident memory are the kernel's accounting of the finished child
 * ({@code /usr/bin/time}). The ratios and differences are medians of each round's. Printed, never
 * asserted; every run's output is checked (the status up to date at the last revision, with exit
 * code 0 under {@code --exit-code}; Flyway listing every migration applied and none pending), so a
 * fast wrong run cannot pass.
 *
 * <p>It lives in the command line's module, in the package of the processor's benchmarks whose
 * helpers it shares (from the processor's test jar): the command line depends on the processor, so
 * the processor's own tests cannot see the command line.
 */
@Tag("benchmark")
class StatusStartupBenchmark {

    private static final List<Integer> SIZES = Arrays.stream(
            System.getProperty("migrate.benchmark.sizes", "10000").split(","))
            .map(String::strip).map(Integer::valueOf).toList();
    private static final int ROUNDS = Integer.getInteger("migrate.benchmark.rounds", 5);
    /**
     * Another JDK's home (such as JDK 25's, whose AOT cache archives more than AppCDS), for sides run
     * on it too, Flyway's included; none when unset.
     */
    private static final String OTHER_JDK = System.getProperty("migrate.benchmark.jdk", "");
    /**
     * The README's options for the short commands: no C2 compiler and one C1 thread, the serial
     * collector, the heap in transparent huge pages (and no warning on the standard output where a
     * host has none).
     */
    private static final List<String> SHORT_COMMAND = List.of("-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1",
            "-XX:+UseSerialGC", "-XX:+UseTransparentHugePages", "-Xlog:pagesize=error");
    /** The goal: migrate's status within a tenth of Flyway info's time. */
    private static final double GOAL = 0.1;
    /** The jars of Flyway and of what it needs at run time, found on this test's class path. */
    private static final List<String> FLYWAY_JARS = List.of("/org/flywaydb/", "/com/fasterxml/jackson/core/",
            "/com/fasterxml/jackson/dataformat/", "/com/fasterxml/jackson/datatype/", "/org/apache/commons/",
            "/com/google/code/gson/");
    /** A fixed time for the jars' entries: jars built again for each size differ only in what they hold. */
    private static final FileTime ENTRY_TIME = FileTime.fromMillis(1_700_000_000_000L);

    private static final String START_ONLY = "JVM start only";
    private static final String CONNECT_ONLY = "JVM + driver connect";
    private static final String LIBRARY = "Migrator.status(), -cp";
    private static final String STATUS_CLASS_PATH = "migrate status, java -cp";
    private static final String STATUS = "migrate status, java -jar";
    private static final String STATUS_CDS = "migrate status, + AppCDS";
    private static final String STATUS_CDS_C1 = "  and short-command flags";
    private static final String STATUS_CDS_H2 = "  AppCDS trained on H2";
    private static final String FLYWAY = "Flyway info";
    private static final String OTHER_CONNECT_ONLY = "JVM + driver connect";
    private static final String OTHER_STATUS = "migrate status, java -jar";
    private static final String OTHER_STATUS_AOT = "  + AOT cache and flags";
    private static final String OTHER_FLYWAY = "Flyway info";

    @TempDir
    Path dir;

    @Test
    void statusAgainstJvmStartAndFlywayInfo() throws Exception {
        BenchmarkDatabase db = BenchmarkDatabase.fromEnvironment();
        System.out.printf(Locale.ROOT, "%nstatus start-up benchmark: PostgreSQL %s, Java %s, %d rounds per size after"
                + " one warm-up round%n", db.serverVersion(), System.getProperty("java.version"), ROUNDS);
        Path lib = Files.createDirectories(dir.resolve("lib"));
        List<String> tool = jarred(lib, Migrator.class, Main.class, CommandLine.class, JSON.class, JsonFactory.class,
                Driver.class);
        List<String> probes = jarred(lib, StatusProbe.class, Driver.class);
        List<String> flyway = flywayClassPath(lib);
        for (int size : SIZES) {
            String before = ProcessBenchmark.loadAverage();
            List<String> lines = measure(db, size, tool, probes, flyway);
            lines.add("  load average (1, 5, 15 min) before: " + before + ", after: " + ProcessBenchmark.loadAverage());
            // Printed as each size ends: bringing 10,000 revisions to their heads takes minutes.
            lines.forEach(System.out::println);
        }
    }

    private List<String> measure(BenchmarkDatabase db, int size, List<String> tool, List<String> probes,
            List<String> flyway) throws Exception {
        Path root = dir.resolve(Integer.toString(size));
        Path classes = root.resolve("classes");
        RealJavac.Result compiled = RealJavac.compile(GeneratedRevisions.write(root.resolve("src"), size), classes,
                root.resolve("generated"));
        assertTrue(compiled.success(), compiled.diagnostics());
        Path revisions = jar(classes, root.resolve("revisions.jar"));
        Path bundle = BenchmarkBundle.write(classes, root.resolve("bundle/revisions-migrations.jar"));
        Path scripts = jar(FlywayInfoProbe.writeScripts(root.resolve("flyway"), size), root.resolve("flyway.jar"));
        List<String> migrateClassPath = new ArrayList<>(List.of(revisions.toString()));
        migrateClassPath.addAll(tool);
        List<String> flywayClassPath = new ArrayList<>(List.of(scripts.toString()));
        flywayClassPath.addAll(flyway);

        String migrateDb = db.createDatabase();
        String flywayDb = db.createDatabase();
        try {
            String migrateUrl = db.databaseUrl(migrateDb);
            String flywayUrl = db.databaseUrl(flywayDb);
            Map<String, String> secret = db.password().isEmpty() ? Map.of()
                    : Map.of("MIGRATE_PASSWORD", db.password());
            List<String> lines = new ArrayList<>();
            String setUp = bringToHeads(db, size, bundle, migrateDb, scripts, flywayDb, secret);

            List<String> status = List.of("status", "--exit-code", "--url", migrateUrl, "--user", db.user());
            List<String> jarStatus = new ArrayList<>(List.of("-jar", bundle.toString()));
            jarStatus.addAll(status);
            List<String> classPathStatus = new ArrayList<>(List.of("-cp", classPath(migrateClassPath),
                    Main.class.getName()));
            classPathStatus.addAll(status);
            List<String> libraryClassPath = Stream.concat(migrateClassPath.stream(), probes.stream()).distinct().toList();
            Path archive = root.resolve("status.jsa");
            long start = System.nanoTime();
            ChildJvm.measure(java(List.of("-XX:ArchiveClassesAtExit=" + archive), jarStatus), secret);
            long archiveMs = (System.nanoTime() - start) / 1_000_000;
            List<String> useArchive = List.of("-XX:SharedArchiveFile=" + archive);
            assertArchiveUsed(root, useArchive, jarStatus, secret);
            // What an image build can do without a database: a training run on an in-memory H2.
            Path h2Archive = root.resolve("status-h2.jsa");
            List<String> h2Training = new ArrayList<>(List.of("-XX:ArchiveClassesAtExit=" + h2Archive, "-jar",
                    bundle.toString(), "status", "--url", "jdbc:h2:mem:training"));
            ChildJvm.measure(java(List.of(), h2Training), Map.of());
            List<String> useH2Archive = List.of("-XX:SharedArchiveFile=" + h2Archive);
            assertArchiveUsed(root, useH2Archive, jarStatus, secret);
            List<String> c1 = new ArrayList<>(useArchive);
            c1.addAll(SHORT_COMMAND);
            lines.add(String.format(Locale.ROOT, "%,d revisions: %s; AppCDS archive made in %,d ms (%,d KiB)", size,
                    setUp, archiveMs, Files.size(archive) / 1024));

            String upToDate = "migrate: status up to date\n  current: " + GeneratedRevisions.id(size - 1)
                    + "\n  pending: none\n  failed: none\n  changed since applied: none";
            List<Side> sides = new ArrayList<>(List.of(
                    new Side(START_ONLY, java(List.of(), "-cp", classPath(probes), StatusProbe.Nothing.class.getName()),
                            Map.of(), ""),
                    new Side(CONNECT_ONLY, java(List.of(), "-cp", classPath(probes),
                            StatusProbe.ConnectOnly.class.getName(), migrateUrl, db.user()), Map.of(), ""),
                    new Side(LIBRARY, java(List.of(), "-cp", classPath(libraryClassPath), StatusProbe.class.getName(),
                            migrateUrl, db.user()), Map.of(), "current=[" + GeneratedRevisions.id(size - 1)
                            + "] pending=0 upToDate=true"),
                    new Side(STATUS_CLASS_PATH, java(List.of(), classPathStatus), secret, upToDate),
                    new Side(STATUS, java(List.of(), jarStatus), secret, upToDate),
                    new Side(STATUS_CDS, java(useArchive, jarStatus), secret, upToDate),
                    new Side(STATUS_CDS_C1, java(c1, jarStatus), secret, upToDate),
                    new Side(STATUS_CDS_H2, java(useH2Archive, jarStatus), secret, upToDate),
                    new Side(FLYWAY, java(List.of(), "-cp", classPath(flywayClassPath),
                            FlywayInfoProbe.class.getName(), flywayUrl, db.user()), Map.of(),
                            "flyway info: applied=" + size + " pending=0")));
            if (!OTHER_JDK.isEmpty()) {
                sides.addAll(otherJdkSides(root, jarStatus, probes, flywayClassPath, migrateUrl, flywayUrl, db.user(),
                        secret, upToDate, size));
            }
            report(inTurn(sides), lines);
            return lines;
        } finally {
            db.dropDatabase(migrateDb);
            db.dropDatabase(flywayDb);
        }
    }

    /**
     * The sides on {@link #OTHER_JDK}: a JVM that only connects, the bundle's {@code status} as it
     * is and with an AOT cache (JDK 24 and later: {@code -XX:AOTCacheOutput} on one training run,
     * {@code -XX:AOTCache} after) and the short-command flags, and Flyway {@code info}, each named
     * with the JDK's version.
     */
    private static List<Side> otherJdkSides(Path root, List<String> jarStatus, List<String> probes,
            List<String> flywayClassPath, String migrateUrl, String flywayUrl, String user, Map<String, String> secret,
            String upToDate, int size) throws Exception {
        String java = Path.of(OTHER_JDK, "bin", "java").toString();
        String version = otherJdkVersion(java);
        Path cache = root.resolve("status.aot");
        List<String> training = new ArrayList<>(List.of(java, "-XX:AOTCacheOutput=" + cache));
        training.addAll(SHORT_COMMAND);
        training.addAll(jarStatus);
        ChildJvm.measure(training, secret);
        List<String> useCache = new ArrayList<>(List.of("-XX:AOTCache=" + cache));
        useCache.addAll(SHORT_COMMAND);
        List<String> plain = new ArrayList<>(List.of(java));
        plain.addAll(jarStatus);
        List<String> cached = new ArrayList<>(List.of(java));
        cached.addAll(useCache);
        cached.addAll(jarStatus);
        assertArchiveUsed(root, cached, secret);
        return List.of(
                new Side(version + " " + OTHER_CONNECT_ONLY, List.of(java, "-cp", classPath(probes),
                        StatusProbe.ConnectOnly.class.getName(), migrateUrl, user), Map.of(), ""),
                new Side(version + " " + OTHER_STATUS, plain, secret, upToDate),
                new Side(version + " " + OTHER_STATUS_AOT, cached, secret, upToDate),
                new Side(version + " " + OTHER_FLYWAY, List.of(java, "-cp", classPath(flywayClassPath),
                        FlywayInfoProbe.class.getName(), flywayUrl, user), Map.of(),
                        "flyway info: applied=" + size + " pending=0"));
    }

    /** {@code JDK <feature version>}, from what {@code java -version} prints. */
    private static String otherJdkVersion(String javaCommand) throws IOException, InterruptedException {
        String printed = ChildJvm.measure(List.of(javaCommand, "-version"), Map.of()).output();
        Matcher version = Pattern.compile("version \"(\\d+)").matcher(printed);
        assertTrue(version.find(), "no version in: " + printed);
        return "JDK " + version.group(1);
    }

    /**
     * Brings migrate's database to the heads with the bundle's {@code upgrade}, and Flyway's to its
     * last migration, each checked in its history table; says how long each took.
     */
    private static String bringToHeads(BenchmarkDatabase db, int size, Path bundle, String migrateDb, Path scripts,
            String flywayDb, Map<String, String> secret) throws Exception {
        long start = System.nanoTime();
        ChildJvm.Usage upgrade = ChildJvm.measure(java(List.of(), "-jar", bundle.toString(), "upgrade", "--quiet",
                "--url", db.databaseUrl(migrateDb), "--user", db.user()), secret);
        assertEquals(size, db.selectNumber(migrateDb, "SELECT COUNT(*) FROM migrate_history WHERE status = 'applied'"),
                upgrade.output());
        long upgradeMs = (System.nanoTime() - start) / 1_000_000;
        start = System.nanoTime();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {scripts.toUri().toURL()},
                Flyway.class.getClassLoader())) {
            assertEquals(size, FlywayInfoProbe.bringToLatest(loader, db.databaseUrl(flywayDb), db.user(),
                    db.password()));
        }
        assertEquals(size, db.selectNumber(flywayDb, "SELECT COUNT(*) FROM flyway_schema_history WHERE success"
                + " AND version IS NOT NULL"));
        long flywayMs = (System.nanoTime() - start) / 1_000_000;
        return String.format(Locale.ROOT, "brought to heads once, migrate upgrade %,d ms, Flyway %,d ms", upgradeMs,
                flywayMs);
    }

    /** The sides in turn, the first round only warming the caches, each round starting one side later. */
    private static Map<String, List<ChildJvm.Usage>> inTurn(List<Side> sides) throws Exception {
        Map<String, List<ChildJvm.Usage>> runs = new LinkedHashMap<>();
        sides.forEach(side -> runs.put(side.name(), new ArrayList<>()));
        for (int round = -1; round < ROUNDS; round++) {
            for (int i = 0; i < sides.size(); i++) {
                Side side = sides.get(Math.floorMod(i + round, sides.size()));
                ChildJvm.Usage usage = side.run();
                if (round >= 0) {
                    runs.get(side.name()).add(usage);
                }
            }
        }
        return runs;
    }

    /** One side of the comparison: its command, and what its output must hold for the run to count. */
    private record Side(String name, List<String> command, Map<String, String> environment, String expected) {

        ChildJvm.Usage run() throws IOException, InterruptedException {
            ChildJvm.Usage usage = ChildJvm.measure(command, environment);
            assertTrue(expected.isEmpty() ? usage.output().isEmpty() : usage.output().contains(expected),
                    name + " printed something else than expected: " + usage.output());
            return usage;
        }
    }

    /**
     * The JVM falls back to loading classes from the jars, silently, when an archive does not match:
     * one run with class loading logged shows that the command line's classes come from the archive.
     */
    private static void assertArchiveUsed(Path root, List<String> useArchive, List<String> status,
            Map<String, String> secret) throws IOException, InterruptedException {
        assertArchiveUsed(root, java(useArchive, status), secret);
    }

    /** As above, for a whole command: its JVM options come before {@code -jar} or {@code -cp}. */
    private static void assertArchiveUsed(Path root, List<String> command, Map<String, String> secret)
            throws IOException, InterruptedException {
        Path log = root.resolve("class-load.log");
        List<String> logged = new ArrayList<>(command);
        logged.add(1, "-Xlog:class+load=info:file=" + log);
        ChildJvm.measure(logged, secret);
        String loaded = Files.readString(log);
        // JDK 17's dynamic archive says "(top)"; an AOT cache does not.
        assertTrue(loaded.contains(Main.class.getName() + " source: shared objects file"),
                "the AppCDS archive was not used:\n" + loaded.lines().filter(l -> l.contains("dev.migrate"))
                        .limit(5).toList());
    }

    private static void report(Map<String, List<ChildJvm.Usage>> runs, List<String> lines) {
        lines.add(String.format(Locale.ROOT, "  %-38s %9s %9s %9s   %s", "", "wall", "CPU", "peak RSS",
                "wall of each round (ms)"));
        runs.forEach((name, usages) -> lines.add(String.format(Locale.ROOT, "  %-38s %,6.0f ms %,6.0f ms %,5.0f MiB   %s",
                name, median(usages, ChildJvm.Usage::wallNanos) / 1e6, median(usages, ChildJvm.Usage::cpuNanos) / 1e6,
                median(usages, ChildJvm.Usage::peakKib) / 1024,
                usages.stream().map(u -> Math.round(u.wallNanos() / 1e6)).toList())));
        lines.add("  median of the rounds' ratios and differences:");
        for (String status : List.of(STATUS_CLASS_PATH, STATUS, STATUS_CDS, STATUS_CDS_C1, STATUS_CDS_H2)) {
            lines.add(String.format(Locale.ROOT, "    %-25s / %-11s wall %6.3fx, CPU %6.3fx (goal %.2fx)", status, FLYWAY,
                    ratio(runs, status, FLYWAY, ChildJvm.Usage::wallNanos),
                    ratio(runs, status, FLYWAY, ChildJvm.Usage::cpuNanos), GOAL));
        }
        for (String status : List.of(STATUS, STATUS_CDS, STATUS_CDS_C1)) {
            for (String floor : List.of(START_ONLY, CONNECT_ONLY)) {
                lines.add(String.format(Locale.ROOT, "    %-25s - %-20s wall %+,5.0f ms, CPU %+,5.0f ms", status, floor,
                        difference(runs, status, floor, ChildJvm.Usage::wallNanos) / 1e6,
                        difference(runs, status, floor, ChildJvm.Usage::cpuNanos) / 1e6));
            }
        }
        lines.add(String.format(Locale.ROOT, "    %-25s - %-20s wall %+,5.0f ms, CPU %+,5.0f ms (the command line's own)",
                STATUS_CLASS_PATH, LIBRARY, difference(runs, STATUS_CLASS_PATH, LIBRARY, ChildJvm.Usage::wallNanos) / 1e6,
                difference(runs, STATUS_CLASS_PATH, LIBRARY, ChildJvm.Usage::cpuNanos) / 1e6));
        runs.keySet().stream().filter(name -> name.startsWith("JDK ") && !name.endsWith(OTHER_FLYWAY)).forEach(name -> {
            String jdk = name.substring(0, name.indexOf(' ', 4));
            for (String flyway : List.of(jdk + " " + OTHER_FLYWAY, FLYWAY)) {
                lines.add(String.format(Locale.ROOT, "    %-38s / %-18s wall %6.3fx, CPU %6.3fx", name, flyway,
                        ratio(runs, name, flyway, ChildJvm.Usage::wallNanos),
                        ratio(runs, name, flyway, ChildJvm.Usage::cpuNanos)));
            }
        });
        lines.add(String.format(Locale.ROOT, "    AppCDS gain: wall %+,5.0f ms (%.2fx), CPU %+,5.0f ms (%.2fx)",
                difference(runs, STATUS_CDS, STATUS, ChildJvm.Usage::wallNanos) / 1e6,
                ratio(runs, STATUS_CDS, STATUS, ChildJvm.Usage::wallNanos),
                difference(runs, STATUS_CDS, STATUS, ChildJvm.Usage::cpuNanos) / 1e6,
                ratio(runs, STATUS_CDS, STATUS, ChildJvm.Usage::cpuNanos)));
    }

    private static double median(List<ChildJvm.Usage> usages, ToLongFunction<ChildJvm.Usage> measure) {
        return ProcessBenchmark.median(usages.stream().map(u -> (double) measure.applyAsLong(u)).toList());
    }

    /** The median of each round's {@code a / b}: both ran in the same round, under the same load. */
    private static double ratio(Map<String, List<ChildJvm.Usage>> runs, String a, String b,
            ToLongFunction<ChildJvm.Usage> measure) {
        return perRound(runs, a, b, (x, y) -> (double) measure.applyAsLong(x) / measure.applyAsLong(y));
    }

    /** The median of each round's {@code a - b}. */
    private static double difference(Map<String, List<ChildJvm.Usage>> runs, String a, String b,
            ToLongFunction<ChildJvm.Usage> measure) {
        return perRound(runs, a, b, (x, y) -> (double) (measure.applyAsLong(x) - measure.applyAsLong(y)));
    }

    private static double perRound(Map<String, List<ChildJvm.Usage>> runs, String a, String b,
            BiFunction<ChildJvm.Usage, ChildJvm.Usage, Double> compare) {
        List<Double> values = new ArrayList<>();
        for (int round = 0; round < runs.get(a).size(); round++) {
            values.add(compare.apply(runs.get(a).get(round), runs.get(b).get(round)));
        }
        return ProcessBenchmark.median(values);
    }

    /** {@code java <options> <launch>}, with this JVM's {@code java}; {@code launch} is {@code -cp … main …} or {@code -jar …}. */
    private static List<String> java(List<String> options, String... launch) {
        return java(options, List.of(launch));
    }

    private static List<String> java(List<String> options, List<String> launch) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(options);
        command.addAll(launch);
        return command;
    }

    private static String classPath(List<String> entries) {
        return String.join(File.pathSeparator, entries);
    }

    /** Where the types were loaded from, each directory (a module's classes, in the reactor) made a jar in {@code lib}. */
    private static List<String> jarred(Path lib, Class<?>... types) throws Exception {
        List<String> jars = new ArrayList<>();
        for (Class<?> type : types) {
            Path location = Path.of(ChildJvm.location(type));
            Path jar = Files.isDirectory(location)
                    ? jar(location, lib.resolve(location.getParent().getParent().getFileName() + "-"
                            + location.getFileName() + ".jar"))
                    : location;
            if (!jars.contains(jar.toString())) {
                jars.add(jar.toString());
            }
        }
        return jars;
    }

    /** The jars of Flyway, its PostgreSQL support and their dependencies, as this test's class path has them. */
    private static List<String> flywayClassPath(Path lib) throws Exception {
        List<String> jars = new ArrayList<>(Arrays.stream(System.getProperty("java.class.path")
                .split(File.pathSeparator)).filter(entry -> FLYWAY_JARS.stream().anyMatch(
                        part -> entry.replace('\\', '/').contains(part))).toList());
        jars.addAll(jarred(lib, FlywayInfoProbe.class, Driver.class));
        return jars;
    }

    /** Jars a directory's files and folders, in a fixed order; folders too, so that class path scans find them. */
    private static Path jar(Path directory, Path jar) throws IOException {
        if (Files.exists(jar)) {
            return jar;
        }
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file);
                Stream<Path> walk = Files.walk(directory)) {
            for (Path path : walk.filter(p -> !p.equals(directory)).sorted().toList()) {
                String name = directory.relativize(path).toString().replace('\\', '/');
                boolean folder = Files.isDirectory(path);
                JarEntry entry = new JarEntry(folder ? name + "/" : name);
                entry.setLastModifiedTime(ENTRY_TIME);
                out.putNextEntry(entry);
                if (!folder) {
                    Files.copy(path, out);
                }
                out.closeEntry();
            }
        }
        return jar;
    }
}
