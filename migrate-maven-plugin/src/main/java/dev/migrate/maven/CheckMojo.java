package dev.migrate.maven;

import dev.migrate.Migrator;
import dev.migrate.Status;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The release gate: prints the database's status and fails the build unless it is at every head,
 * with no failed revision and no applied revision whose source changed. A database ahead of the
 * build (a newer build applied revisions this one does not have on top of its heads) passes, and
 * the goal says so, unless {@code migrate.failOnAhead} is set.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends AbstractReportMojo {

    /**
     * Whether a database ahead of this build (a newer build applied revisions this one does not have
     * on top of its heads, as during a rolling deploy or after an application rollback) fails the
     * check rather than passing with a message.
     */
    @Parameter(property = "migrate.failOnAhead", defaultValue = "false")
    private boolean failOnAhead;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public CheckMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected String text(Migrator migrator) {
        Status status = migrator.status();
        return "migrate: status " + (status.upToDate() ? "up to date" : "NOT up to date")
                + (status.ahead().isEmpty() ? "" : " (the database is ahead of this build)")
                + "\n  current: " + listed(status.current())
                + "\n  pending: " + listed(status.pending())
                + "\n  failed: " + listed(status.failed())
                + "\n  changed since applied: " + listed(status.checksumMismatches())
                + (status.ahead().isEmpty() ? "" : "\n  ahead (applied, not in this build): " + listed(status.ahead()));
    }

    @Override
    protected String json(Migrator migrator) {
        return migrator.status().toJson();
    }

    @Override
    protected void afterReport(Migrator migrator) throws MojoFailureException {
        Status status = migrator.status();
        if (!status.ahead().isEmpty()) {
            String ahead = "the database is ahead of this build: a newer build applied revisions this build does not"
                    + " have (" + String.join(", ", status.ahead()) + ") on top of its heads";
            if (failOnAhead) {
                throw new MojoFailureException("migrate: " + ahead + ", and migrate.failOnAhead is set: deploy the"
                        + " newer build, or leave migrate.failOnAhead off to let older builds pass");
            }
            if (status.upToDate()) {
                getLog().info("migrate: check passes: " + ahead + "; an upgrade with this build changes nothing"
                        + " (-Dmigrate.failOnAhead=true makes this fail)");
            }
        }
        if (status.upToDate()) {
            return;
        }
        List<String> problems = new ArrayList<>();
        if (!status.pending().isEmpty()) {
            problems.add(status.pending().size() + " pending revision(s) (" + String.join(", ", status.pending())
                    + "): run mvn migrate:upgrade");
        }
        if (!status.failed().isEmpty()) {
            problems.add("failed revision(s) " + String.join(", ", status.failed())
                    + ": repair the database by hand, then mark each failure resolved (mvn migrate:resolve"
                    + " -Dmigrate.revision=" + status.failed().get(0) + "), as mvn migrate:upgrade's message explains");
        }
        if (!status.checksumMismatches().isEmpty()) {
            problems.add("applied revision(s) whose source changed " + String.join(", ", status.checksumMismatches())
                    + ": restore their source, or move the change into a new revision");
        }
        throw new MojoFailureException("migrate: the database is not up to date: " + String.join("; ", problems));
    }

    private static String listed(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
