package dev.migrate.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * Runs the command line in this JVM, as picocli's own tests do: captured standard output and
 * error, an environment of the test's choosing (none of the process's {@code MIGRATE_*}), and
 * optionally a terminal. The revisions are this module's test revisions, on the class path.
 */
final class Cli {

    private final Map<String, String> variables = new HashMap<>();
    private Terminal terminal;

    /** Sets an environment variable for the runs. */
    Cli env(String name, String value) {
        variables.put(name, value);
        return this;
    }

    /** Runs on a terminal, which answers a password prompt with {@code answer} (null: no answer expected). */
    Cli terminal(Terminal terminal) {
        this.terminal = terminal;
        return this;
    }

    /** What one run printed and returned. */
    record Result(int code, String out, String err) {
        /** Both streams, for assertions that something appears nowhere. */
        String all() {
            return out + err;
        }

        @Override
        public String toString() {
            return "exit " + code + "\n--- out:\n" + out + "\n--- err:\n" + err;
        }
    }

    Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
                PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            int code = Main.run(new Environment(o, e, Map.copyOf(variables), terminal, Cli.class.getClassLoader()), args);
            return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        }
    }
}
