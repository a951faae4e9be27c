package dev.migrate.maven;

import dev.migrate.Migrator;
import dev.migrate.Status;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The release gate: prints the database's status and fails the build unless it is at every head,
 * with no failed revision and no applied revision whose source changed.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends AbstractReportMojo {

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
                + "\n  current: " + listed(status.current())
                + "\n  pending: " + listed(status.pending())
                + "\n  failed: " + listed(status.failed())
                + "\n  changed since applied: " + listed(status.checksumMismatches());
    }

    @Override
    protected String json(Migrator migrator) {
        return migrator.status().toJson();
    }

    @Override
    protected void afterReport(Migrator migrator) throws MojoFailureException {
        Status status = migrator.status();
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
