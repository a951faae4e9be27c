package dev.migrate.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A fresh JVM on the class path an application has: the compiled revisions and their index, the
 * runtime, HikariCP and its logging API, the PostgreSQL driver, and this module's test classes (the
 * probes' mains). The JVM gets no options: what users run is what is measured.
 */
final class ChildJvm {

    /** Debian's {@code time} package: the operating system's accounting of a finished child. */
    private static final Path TIME = Path.of("/usr/bin/time");

    private final String classPath;

    ChildJvm(Path revisions) throws Exception {
        List<String> path = new ArrayList<>();
        path.add(revisions.toString());
        for (String name : List.of("dev.migrate.Migrator", "com.zaxxer.hikari.HikariDataSource",
                "org.slf4j.LoggerFactory", "org.postgresql.Driver", ChildJvm.class.getName())) {
            path.add(location(Class.forName(name)));
        }
        this.classPath = String.join(File.pathSeparator, path);
    }

    /** The jar or directory {@code type} was loaded from. */
    static String location(Class<?> type) throws URISyntaxException {
        return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
    }

    /** The command that runs {@code main} with {@code args}. */
    List<String> command(Class<?> main, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", classPath, main.getName()));
        command.addAll(List.of(args));
        return command;
    }

    /** What a whole process took: wall time from start to exit, user + system CPU, and peak resident memory. */
    record Usage(long wallNanos, long cpuNanos, long peakKib, String output) {}

    /**
     * Runs the command to its end under {@code /usr/bin/time}, which reports the child's user and
     * system time and its peak resident set as the kernel accounted them (JIT and GC threads
     * included); the wall time is taken around it.
     */
    static Usage measure(List<String> command) throws IOException, InterruptedException {
        return measure(command, Map.of());
    }

    /** {@link #measure(List)} with {@code environment} added to the child's: a password, which is no argument. */
    static Usage measure(List<String> command, Map<String, String> environment)
            throws IOException, InterruptedException {
        assertTrue(Files.isExecutable(TIME), TIME + " is missing: install Debian's (or your system's) time package");
        Path report = Files.createTempFile("migrate-bench-usage", ".txt");
        try {
            List<String> timed = new ArrayList<>(List.of(TIME.toString(), "-o", report.toString(), "-f", "%U %S %M"));
            timed.addAll(command);
            long start = System.nanoTime();
            ProcessBuilder builder = new ProcessBuilder(timed).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            int exit = process.waitFor();
            long wall = System.nanoTime() - start;
            assertEquals(0, exit, () -> command.get(Math.min(3, command.size() - 1)) + " failed: " + output);
            // The last line: time writes a note about a signal or exit status above it, if any.
            List<String> lines = Files.readAllLines(report);
            String[] fields = lines.get(lines.size() - 1).trim().split(" ");
            long cpu = Math.round((Double.parseDouble(fields[0]) + Double.parseDouble(fields[1])) * 1e9);
            return new Usage(wall, cpu, Long.parseLong(fields[2]), output);
        } finally {
            Files.deleteIfExists(report);
        }
    }
}
