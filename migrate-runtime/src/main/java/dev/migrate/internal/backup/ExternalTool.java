package dev.migrate.internal.backup;

import dev.migrate.MigrationException;
import dev.migrate.internal.Redaction;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A database's command-line tool, found on the {@code PATH} of the environment it runs in. Secrets
 * reach it only through {@code secrets} (its environment) or a file it is told to read: never as an
 * argument, which {@code ps} shows to every user of the machine.
 *
 * @param executable the tool's file
 * @param environment the environment it runs with, secrets included
 */
record ExternalTool(Path executable, Map<String, String> environment) {

    /**
     * The first of {@code names} on the {@code PATH} of {@code environment}.
     *
     * @param environment the environment, whose {@code PATH} is searched
     * @param debianPackage the package to install, for the message
     * @param names the tool's names, preferred first
     * @throws MigrationException when none is there, naming the package, before anything runs
     */
    static ExternalTool find(Map<String, String> environment, String debianPackage, String... names) {
        String path = environment.getOrDefault("PATH", "");
        for (String name : names) {
            for (String directory : path.split(File.pathSeparator)) {
                if (directory.isEmpty()) {
                    continue;
                }
                Path candidate = Path.of(directory, name);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return new ExternalTool(candidate, environment);
                }
            }
        }
        throw new MigrationException(String.join(" or ", names) + " not found on the PATH: install it (on"
                + " Debian/Ubuntu: apt-get install " + debianPackage + ") or add its directory to the PATH");
    }

    /** The same tool with more environment variables, such as {@code PGPASSWORD}. */
    ExternalTool with(Map<String, String> more) {
        Map<String, String> all = new java.util.HashMap<>(environment);
        all.putAll(more);
        return new ExternalTool(executable, all);
    }

    /**
     * Runs the tool and waits for it.
     *
     * @param arguments its arguments, without secrets
     * @param input a file for its standard input, or {@code null}
     * @param output a file for its standard output, or {@code null} to discard it
     * @param secret the password, masked in its error output
     * @throws MigrationException when it fails, with its error output
     */
    void run(List<String> arguments, Path input, Path output, String secret) {
        List<String> command = new ArrayList<>();
        command.add(executable.toString());
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().clear();
        builder.environment().putAll(environment);
        Path errors = null;
        try {
            errors = Files.createTempFile("migrate-tool-", ".err");
            builder.redirectError(errors.toFile());
            builder.redirectInput(input == null ? ProcessBuilder.Redirect.from(nullFile()) : ProcessBuilder.Redirect.from(input.toFile()));
            builder.redirectOutput(output == null ? ProcessBuilder.Redirect.DISCARD : ProcessBuilder.Redirect.to(output.toFile()));
            int exit = builder.start().waitFor();
            if (exit != 0) {
                String message = Files.readString(errors, StandardCharsets.UTF_8).strip();
                throw new MigrationException(executable.getFileName() + " failed (exit code " + exit + ")"
                        + (message.isEmpty() ? "" : ": " + masked(message, secret)));
            }
        } catch (IOException e) {
            throw new MigrationException("cannot run " + executable + ": " + masked(String.valueOf(e.getMessage()), secret), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("interrupted while " + executable.getFileName() + " ran", e);
        } finally {
            if (errors != null) {
                try {
                    Files.deleteIfExists(errors);
                } catch (IOException ignored) {
                    // A temporary file of error output: the system cleans it up.
                }
            }
        }
    }

    private static File nullFile() {
        return new File(File.separatorChar == '\\' ? "NUL" : "/dev/null");
    }

    private static String masked(String message, String secret) {
        String text = Redaction.url(message);
        return secret == null || secret.isEmpty() ? text : text.replace(secret, "***");
    }
}
