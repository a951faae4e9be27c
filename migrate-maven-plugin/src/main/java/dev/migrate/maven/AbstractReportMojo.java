package dev.migrate.maven;

import dev.migrate.Migrator;
import dev.migrate.report.Report;
import java.io.File;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * A read-only goal that prints a report of the runtime ({@code dev.migrate.report}) as text or
 * JSON: text as log lines, JSON as plain lines on the standard output, or either to {@code
 * migrate.output}.
 */
public abstract class AbstractReportMojo extends AbstractMigrateMojo {

    /**
     * How to print the report: {@code text} for people, or {@code json} (one line) for scripts and
     * pipelines.
     */
    @Parameter(property = "migrate.format", defaultValue = "text")
    private String format;

    /**
     * The file to write the report to, its directories created, instead of printing it. Not set:
     * text goes to the log and JSON to the standard output as one plain line, so that {@code mvn
     * -q ... -Dmigrate.format=json > report.json} keeps only the JSON.
     */
    @Parameter(property = "migrate.output")
    private File output;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    protected AbstractReportMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected final void run(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        ReportFormat.print(getLog(), report(migrator), format, output);
        afterReport();
    }

    /**
     * The report, from the runtime.
     *
     * @param migrator the migrator
     * @return the report in both forms
     * @throws MojoFailureException for a bad parameter, naming it
     * @throws MojoExecutionException for an unexpected problem
     */
    protected abstract Report report(Migrator migrator) throws MojoFailureException, MojoExecutionException;

    /**
     * Runs after the report is printed, to fail the build on what it showed; nothing by default.
     *
     * @throws MojoFailureException when the report shows a problem
     */
    protected void afterReport() throws MojoFailureException {}
}
