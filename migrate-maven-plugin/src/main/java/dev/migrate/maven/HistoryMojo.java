package dev.migrate.maven;

import dev.migrate.Migrator;
import dev.migrate.report.Report;
import dev.migrate.report.Reports;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Prints the revisions, newest first, each marked {@code [x]} when the database has it applied,
 * {@code [ ]} when an upgrade would still run it, {@code [!]} when its last step failed and {@code
 * [~]} while its step runs (or its process stopped), with when, by whom and how long its last step
 * ran: every revision, or those of {@code migrate.range}; with {@code migrate.graph}, beside the
 * revision graph drawn as {@code git log --graph} draws commits.
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends AbstractReportMojo {

    /**
     * Only the revisions of a range, as {@code alembic history -r} takes it: {@code start:end},
     * {@code start:} (up to the heads) or {@code :end} (from base), both ends included. Each side
     * is a target ({@code base}, {@code heads}, {@code head}, an id or unique prefix, a branch
     * label, {@code label@head}, ...) or {@code current}, the database's current revisions. The
     * start may be {@code -N}, counted down from the end, and the end {@code +N}, counted up from
     * the start. Examples: {@code -Dmigrate.range=ae1027:heads}, {@code -Dmigrate.range=-3:current}
     * (the current revision and the three below it), {@code -Dmigrate.range=current:} (the current
     * revision and what an upgrade would add). Not set: every revision.
     */
    @Parameter(property = "migrate.range")
    private String range;

    /**
     * Draws the revision graph beside the lines, as {@code git log --graph} does: a lane per line
     * of history, {@code |\} where a merge's parents part, {@code |/} where branches meet.
     */
    @Parameter(property = "migrate.graph", defaultValue = "false")
    private boolean graph;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public HistoryMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected Report report(Migrator migrator) throws MojoFailureException {
        if (range == null || range.isBlank()) {
            return Reports.history(migrator, null, verbose(), graph);
        }
        String trimmed = range.trim();
        return Targets.naming("migrate: history of migrate.range=" + trimmed,
                () -> Reports.history(migrator, trimmed, verbose(), graph));
    }
}
