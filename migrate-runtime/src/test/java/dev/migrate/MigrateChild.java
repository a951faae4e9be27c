package dev.migrate;

import dev.migrate.spi.RevisionIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * The main class of the JVMs that the process tests start ({@link ChildProcesses}): one
 * {@code upgrade("heads")}, as one instance of a deployed application would run it, and the
 * revisions' side of the protocol with the test.
 *
 * <p>Arguments: the revision index class, this process's name, and the directory shared with the
 * test. The database comes from the environment ({@value #URL}, {@value #USER}, {@value
 * #PASSWORD}), so the password appears in no process listing. The child builds its migrator and
 * connects once, creates {@code ready-<name>}, waits for {@code go}, creates {@code
 * arrived-<name>}, upgrades, and writes the ids it applied to {@code <name>.result}. It exits with
 * 0, or 1 after printing the failure.
 */
public final class MigrateChild {

    static final String URL = "MIGRATE_CHILD_URL";
    static final String USER = "MIGRATE_CHILD_USER";
    static final String PASSWORD = "MIGRATE_CHILD_PASSWORD";
    static final String READY = "ready-";
    static final String ARRIVED = "arrived-";
    static final String INSIDE = "inside-";
    static final String GO = "go";
    static final String RESULT = ".result";

    private static final Duration PATIENCE = Duration.ofMinutes(2);
    /** Longer than any test waits: only a kill ends it. */
    private static final Duration HANG = Duration.ofMinutes(10);

    /** Who runs the revisions: the child's name, or {@code parent} in the test's own JVM. */
    private static volatile String name = "parent";
    /** The directory shared with the test; {@code null} in the test's own JVM. */
    private static volatile Path directory;

    private MigrateChild() {}

    /**
     * Runs one upgrade; see the class comment.
     *
     * @param args the index class, the process's name, the shared directory
     */
    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: MigrateChild <revision index class> <name> <directory>");
            System.exit(2);
        }
        name = args[1];
        directory = Path.of(args[2]);
        int exit = 0;
        try {
            upgrade(Class.forName(args[0]).asSubclass(RevisionIndex.class));
        } catch (Throwable e) {
            e.printStackTrace();
            exit = 1;
        }
        System.out.flush();
        // Whatever pool or H2 server threads remain must not keep the process alive.
        System.exit(exit);
    }

    private static void upgrade(Class<? extends RevisionIndex> index) throws Exception {
        Migrator.Builder builder = Migrator.builder()
                .url(System.getenv(URL), System.getenv(USER), System.getenv(PASSWORD))
                .classLoader(new IndexClassLoader(index))
                .lockTimeout(PATIENCE)
                // The test's own table, there before the first upgrade: not migrate's, so the schema counts as empty.
                .ignoredTables(List.of("applied_log"));
        try (Migrator migrator = builder.build()) {
            // Connect before the start signal, so that the processes race for the lock, not through start-up.
            migrator.current();
            touch(READY + name);
            if (!await(() -> Files.exists(directory.resolve(GO)))) {
                throw new IllegalStateException("no " + GO + " file after " + PATIENCE);
            }
            touch(ARRIVED + name);
            List<String> applied = migrator.upgrade("heads");
            System.out.println(name + " applied " + applied);
            Files.writeString(directory.resolve(name + RESULT), String.join(",", applied));
        }
    }

    static String name() {
        return name;
    }

    /**
     * In a child, waits (up to two minutes, then goes on) until every child that was ready has
     * arrived at its upgrade, so that they all contend for the lock while this revision holds it.
     */
    static void awaitRivals() throws Exception {
        if (directory != null) {
            long ready = count(READY);
            await(() -> count(ARRIVED) >= ready);
        }
    }

    /** In a child, tells the test that the lock is held, then blocks until the process is killed. */
    static void signalInsideAndHang() throws Exception {
        if (directory != null) {
            touch(INSIDE + name);
            Thread.sleep(HANG.toMillis());
            throw new IllegalStateException("not killed after " + HANG);
        }
    }

    private static void touch(String file) throws IOException {
        Files.createFile(directory.resolve(file));
    }

    private static long count(String prefix) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(prefix)).count();
        }
    }

    private interface Condition {
        boolean holds() throws IOException;
    }

    private static boolean await(Condition condition) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.holds()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(2);
        }
        return true;
    }
}
