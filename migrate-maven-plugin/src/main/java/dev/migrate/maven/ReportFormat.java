package dev.migrate.maven;

import dev.migrate.MigrationException;
import dev.migrate.report.Report;
import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * Where a goal's output goes. Text for people goes to Maven's log, as every goal's lines do.
 * Machine output (JSON, scripts, graphs) goes to {@code migrate.output} when it is set, otherwise
 * to the standard output as plain bytes: not inside {@code [INFO]} lines, not hidden by {@code mvn
 * -q}, and without the terminal codes Maven's console adds, so that {@code mvn -q ... > file}
 * gives a file that psql or a JSON parser accepts.
 */
final class ReportFormat {

    private ReportFormat() {}

    /** Prints a report in the format {@code migrate.format} names, to the log, the standard output or a file. */
    static void print(Log log, Report report, String format, File output) throws MojoFailureException {
        dev.migrate.report.ReportFormat chosen = chosen(format);
        if (output == null && chosen == dev.migrate.report.ReportFormat.TEXT) {
            for (String line : report.text().split("\n", -1)) {
                log.info(line);
            }
            return;
        }
        write(log, (report.render(chosen) + "\n").getBytes(StandardCharsets.UTF_8), output, "the report");
    }

    /**
     * Whether a goal prints its text to the log: {@code migrate.format} is text and {@code
     * migrate.output} is not set. A goal with log levels of its own (lint) prints its lines itself then.
     */
    static boolean toLog(String format, File output) throws MojoFailureException {
        return output == null && chosen(format) == dev.migrate.report.ReportFormat.TEXT;
    }

    private static dev.migrate.report.ReportFormat chosen(String format) throws MojoFailureException {
        try {
            return dev.migrate.report.ReportFormat.of(format);
        } catch (MigrationException e) {
            throw new MojoFailureException("migrate: unknown format \"" + format + "\"; set migrate.format to text or json", e);
        }
    }

    /**
     * Writes machine output to {@code output}, its directories created, or to the standard output.
     *
     * @param what what is written, for the log line that names the file
     */
    static void write(Log log, byte[] content, File output, String what) throws MojoFailureException {
        if (output == null) {
            PrintStream out = System.out;
            keepClean(out);
            out.write(content, 0, content.length);
            out.flush();
            return;
        }
        try {
            File parent = output.getAbsoluteFile().getParentFile();
            if (parent != null) {
                Files.createDirectories(parent.toPath());
            }
            Files.write(output.toPath(), content);
        } catch (IOException e) {
            throw new MojoFailureException("migrate: cannot write " + what + " to migrate.output=" + output + ": " + e, e);
        }
        log.info("migrate: wrote " + what + " to " + output);
    }

    /**
     * Maven wraps the standard output in Jansi's {@code AnsiPrintStream}, which writes a colour
     * reset ({@code ESC[0m}) when Maven exits, even into a redirected file, where it ends a script
     * or a JSON document with bytes that psql and parsers reject. Jansi has a public switch for it;
     * reached by reflection, since Jansi belongs to Maven's console and not to the plugin's API.
     */
    private static void keepClean(PrintStream out) {
        try {
            out.getClass().getMethod("setResetAtUninstall", boolean.class).invoke(out, false);
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Not Jansi's stream (another Maven, or a plain console): it adds nothing to turn off.
        }
    }

    /** What to say when a goal finds no revisions: usually the project was not compiled. */
    static String noRevisionsFound(String outputDirectory) {
        return "migrate: no revisions found in " + outputDirectory + " or the runtime dependencies. Compile first"
                + " (mvn compile migrate:...), with dev.migrate:migrate-processor in maven-compiler-plugin's"
                + " annotationProcessorPaths";
    }
}
