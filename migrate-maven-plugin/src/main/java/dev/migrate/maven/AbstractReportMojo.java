package dev.migrate.maven;

import dev.migrate.Migrator;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** A read-only goal that prints a report as text or JSON. */
public abstract class AbstractReportMojo extends AbstractMigrateMojo {

    /**
     * How to print the report: {@code text} for people, or {@code json} (one line) for scripts and
     * pipelines.
     */
    @Parameter(property = "migrate.format", defaultValue = "text")
    private String format;

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
        ReportFormat.print(getLog(), format, () -> text(migrator), () -> json(migrator));
        afterReport(migrator);
    }

    /**
     * The report for people.
     *
     * @param migrator the migrator
     * @return the text, possibly of several lines
     * @throws MojoFailureException for a bad parameter, naming it
     */
    protected abstract String text(Migrator migrator) throws MojoFailureException;

    /**
     * The report as one JSON value.
     *
     * @param migrator the migrator
     * @return the JSON text
     * @throws MojoFailureException for a bad parameter, naming it
     */
    protected abstract String json(Migrator migrator) throws MojoFailureException;

    /**
     * Runs after the report is printed, to fail the build on what it showed; nothing by default.
     *
     * @param migrator the migrator
     * @throws MojoFailureException when the report shows a problem
     */
    protected void afterReport(Migrator migrator) throws MojoFailureException {}
}
