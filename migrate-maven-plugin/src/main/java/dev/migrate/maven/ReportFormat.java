package dev.migrate.maven;

import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** Prints a report as {@code migrate.format} asks: text for people, one line of JSON for scripts. */
final class ReportFormat {

    /** Writes one form of the report. */
    interface Render {
        String render() throws MojoFailureException;
    }

    private ReportFormat() {}

    static void print(Log log, String format, Render text, Render json) throws MojoFailureException {
        String chosen = format == null ? "text" : format.trim().toLowerCase(Locale.ROOT);
        String report = switch (chosen) {
            case "text" -> text.render();
            case "json" -> json.render();
            default -> throw new MojoFailureException(
                    "migrate: unknown format \"" + format + "\"; set migrate.format to text or json");
        };
        for (String line : report.split("\n", -1)) {
            log.info(line);
        }
    }

    /** What to say when a goal finds no revisions: usually the project was not compiled. */
    static String noRevisionsFound(String outputDirectory) {
        return "migrate: no revisions found in " + outputDirectory + " or the runtime dependencies. Compile first"
                + " (mvn compile migrate:...), with dev.migrate:migrate-processor in maven-compiler-plugin's"
                + " annotationProcessorPaths";
    }
}
