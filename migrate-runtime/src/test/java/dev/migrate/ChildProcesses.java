package dev.migrate;

import static org.junit.jupiter.api.Assertions.fail;

import dev.migrate.spi.RevisionIndex;
import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The test's side of {@link MigrateChild}: starts child JVMs on one database and revision index,
 * with a shared directory and their output under {@code target/child-processes/}, after creating
 * the {@code applied_log} table their {@link LoggedRevision}s write; waits for them
 * with generous limits (the machine may be loaded), and kills whatever still runs on {@link
 * #close()}.
 */
final class ChildProcesses implements AutoCloseable {

    /** How long a child may take to start, signal or finish before the test fails. */
    private static final Duration PATIENCE = Duration.ofMinutes(2);

    private final TestDatabase db;
    private final Class<? extends RevisionIndex> index;
    private final Path directory;
    private final Map<String, Process> children = new LinkedHashMap<>();

    ChildProcesses(String test, TestDatabase db, Class<? extends RevisionIndex> index) throws IOException, SQLException {
        Rows.execute(db.dataSource(), LoggedRevision.APPLIED_LOG);
        this.db = db;
        this.index = index;
        Path parent = Files.createDirectories(targetDirectory().resolve("child-processes"));
        this.directory = Files.createTempDirectory(parent, test + "-" + db.kind().name().toLowerCase(Locale.ROOT) + "-");
    }

    /** Starts a child named {@code name}; it connects, then waits for {@link #go()}. */
    void start(String name) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Short-lived JVMs: start fast and small.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx128m",
                "-cp", System.getProperty("java.class.path"),
                MigrateChild.class.getName(), index.getName(), name, directory.toString());
        builder.environment().put(MigrateChild.URL, db.url());
        builder.environment().put(MigrateChild.USER, db.user());
        builder.environment().put(MigrateChild.PASSWORD, db.password());
        builder.redirectErrorStream(true);
        builder.redirectOutput(log(name).toFile());
        children.put(name, builder.start());
    }

    /** Waits until a child has created {@code file}; fails, with the logs, if a child exits first. */
    void awaitFile(String file) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!Files.exists(directory.resolve(file))) {
            for (Map.Entry<String, Process> child : children.entrySet()) {
                if (!child.getValue().isAlive()) {
                    fail(child.getKey() + " exited before " + file + " appeared" + logs());
                }
            }
            if (System.nanoTime() > deadline) {
                fail("no " + file + " after " + PATIENCE + logs());
            }
            Thread.sleep(5);
        }
    }

    /** Lets every waiting child start its upgrade at once. */
    void go() throws IOException {
        Files.createFile(directory.resolve(MigrateChild.GO));
    }

    /** Waits for every child to exit; fails, with the logs, if one takes too long. */
    Map<String, Integer> awaitExit() throws IOException, InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        Map<String, Integer> exits = new LinkedHashMap<>();
        for (Map.Entry<String, Process> child : children.entrySet()) {
            if (!child.getValue().waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
                fail(child.getKey() + " still runs after " + PATIENCE + logs());
            }
            exits.put(child.getKey(), child.getValue().exitValue());
        }
        return exits;
    }

    /** Kills a child with {@link Process#destroyForcibly()} (SIGKILL on Linux) and returns its exit code. */
    int kill(String name) throws IOException, InterruptedException {
        Process child = children.get(name);
        child.destroyForcibly();
        if (!child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS)) {
            fail(name + " survived destroyForcibly for " + PATIENCE + logs());
        }
        return child.exitValue();
    }

    /** The ids the child reported as applied; fails when it reported nothing. */
    List<String> result(String name) throws IOException {
        Path result = directory.resolve(name + MigrateChild.RESULT);
        if (!Files.exists(result)) {
            fail(name + " wrote no result" + logs());
        }
        String ids = Files.readString(result);
        return ids.isEmpty() ? List.of() : Arrays.asList(ids.split(","));
    }

    /** Every child's output, for assertion messages. */
    String logs() throws IOException {
        StringBuilder logs = new StringBuilder();
        for (Map.Entry<String, Process> child : children.entrySet()) {
            Process process = child.getValue();
            logs.append(System.lineSeparator()).append("--- ").append(child.getKey())
                    .append(process.isAlive() ? " (running)" : " (exit " + process.exitValue() + ")")
                    .append(", ").append(log(child.getKey())).append(" ---").append(System.lineSeparator());
            Path log = log(child.getKey());
            logs.append(Files.exists(log) ? Files.readString(log) : "(no output)");
        }
        return logs.toString();
    }

    /** Kills every child still running, so that none outlives its test or holds the database. */
    @Override
    public void close() throws InterruptedException {
        for (Process child : children.values()) {
            child.destroyForcibly();
        }
        for (Process child : children.values()) {
            child.waitFor(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        }
    }

    private Path log(String name) {
        return directory.resolve(name + ".log");
    }

    /** Maven's {@code target}: the parent of the test classes' directory, whatever the working directory. */
    private static Path targetDirectory() {
        try {
            return Path.of(ChildProcesses.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
