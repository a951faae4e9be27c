package dev.migrate.cli;

import dev.migrate.MigrationException;
import dev.migrate.internal.Json;
import dev.migrate.report.Report;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a command's output goes. Results (reports, JSON, scripts, graphs) go to the standard
 * output, uncoloured, so that they can be redirected; messages (progress, warnings, errors) go to
 * the standard error, coloured on a terminal.
 */
final class Printer {

    private final Environment environment;
    private final OutputOptions options;
    private final Style style;

    Printer(Environment environment, OutputOptions options) {
        this.environment = environment;
        this.options = options;
        this.style = Style.of(environment);
    }

    boolean json() {
        return options.json;
    }

    boolean quiet() {
        return options.quiet;
    }

    boolean verbose() {
        return options.verbose;
    }

    Style style() {
        return style;
    }

    /** A report, as text or with {@code --json} as JSON. */
    void report(Report report) {
        environment.out().println(options.json ? report.json() : report.text());
    }

    /** A result of a command that has no report of its own, as JSON with {@code --json}; nothing otherwise. */
    void jsonResult(Map<String, Object> fields) {
        if (options.json) {
            environment.out().println(Json.write(fields));
        }
    }

    /** Plain lines of a result, such as a script. */
    void data(String text) {
        environment.out().print(text.endsWith("\n") ? text : text + "\n");
        environment.out().flush();
    }

    /** Machine output to a file, its directories created, or to the standard output. */
    void write(byte[] content, Path output, String what) {
        if (output == null) {
            PrintStream out = environment.out();
            out.write(content, 0, content.length);
            out.flush();
            return;
        }
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(output, content);
        } catch (IOException e) {
            throw new MigrationException("cannot write " + what + " to --output " + output + ": " + e, e);
        }
        info("wrote " + what + " to " + output);
    }

    void write(String content, Path output, String what) {
        write(content.getBytes(StandardCharsets.UTF_8), output, what);
    }

    /** What happened, for people; left out under {@code --quiet}. */
    void info(String message) {
        if (!options.quiet) {
            environment.err().println(message);
        }
    }

    /** A success worth seeing, for people; left out under {@code --quiet}. */
    void success(String message) {
        info(style.success(message));
    }

    void warning(String message) {
        environment.err().println(style.warning("warning: " + message));
    }

    void error(String message) {
        environment.err().println(style.error("error: " + message));
    }

    PrintStream err() {
        return environment.err();
    }
}
