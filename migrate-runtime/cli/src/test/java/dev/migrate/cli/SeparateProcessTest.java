package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code java -cp <class path> dev.migrate.cli.Main check} in a JVM of its own: the exit code a pipeline sees. */
class SeparateProcessTest {

    @TempDir
    Path dir;

    private record Run(int code, String output) {}

    @Test
    void checkExitCodeOfARealProcess() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath().toString().replace('\\', '/');

        Run behind = run("check", "--url", url, "--user", "sa");
        Run upgrade = run("upgrade", "--url", url, "--user", "sa");
        Run ready = run("check", "--url", url, "--user", "sa");
        Run unknown = run("chek");

        assertEquals(2, behind.code(), behind.output());
        assertEquals(0, upgrade.code(), upgrade.output());
        assertEquals(0, ready.code(), ready.output());
        assertEquals(1, unknown.code(), unknown.output());
        assertTrue(unknown.output().contains("Usage: migrate"), unknown.output());
    }

    private Run run(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "dev.migrate.cli.Main"));
        command.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "process-", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        // The child must not take this process's settings.
        builder.environment().keySet().removeIf(name -> name.startsWith("MIGRATE_"));
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the command line did not end: " + command);
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }
}
