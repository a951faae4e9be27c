package dev.migrate.maven;

import dev.migrate.Migrator;
import dev.migrate.RevisionInfo;
import java.util.List;
import java.util.StringJoiner;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Prints the revisions, newest first, each marked {@code [x]} when the database has it applied
 * and {@code [ ]} when an upgrade would still run it: every revision, or those of {@code
 * migrate.range}.
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
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public HistoryMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected String text(Migrator migrator) throws MojoFailureException {
        List<RevisionInfo> history = history(migrator);
        StringJoiner out = new StringJoiner("\n");
        out.add("migrate: history" + (ranged() ? " " + range.trim() : "") + " (newest first, [x] = applied)");
        for (RevisionInfo r : history) {
            String parents = r.revises().isEmpty() ? "<base>" : String.join(", ", r.revises());
            StringBuilder line = new StringBuilder(r.applied() ? "[x] " : "[ ] ")
                    .append(parents).append(" -> ").append(r.id());
            if (r.head()) {
                line.append(" (head)");
            }
            if (!r.branchLabels().isEmpty()) {
                line.append(" (").append(String.join(", ", r.branchLabels())).append(')');
            }
            if (!r.message().isEmpty()) {
                line.append(", ").append(r.message());
            }
            if (verbose()) {
                line.append("  [").append(r.className()).append(']');
                if (!r.dependsOn().isEmpty()) {
                    line.append(" depends on ").append(String.join(", ", r.dependsOn()));
                }
            }
            out.add(line);
        }
        if (history.isEmpty()) {
            out.add(ranged() ? "(no revisions in this range)" : "(no revisions)");
        }
        return out.toString();
    }

    @Override
    protected String json(Migrator migrator) throws MojoFailureException {
        StringJoiner out = new StringJoiner(",", "[", "]");
        for (RevisionInfo r : history(migrator)) {
            out.add("{\"id\":" + Json.string(r.id())
                    + ",\"revises\":" + Json.array(r.revises())
                    + ",\"dependsOn\":" + Json.array(r.dependsOn())
                    + ",\"branchLabels\":" + Json.array(r.branchLabels())
                    + ",\"message\":" + Json.string(r.message())
                    + ",\"className\":" + Json.string(r.className())
                    + ",\"head\":" + r.head()
                    + ",\"applied\":" + r.applied() + "}");
        }
        return out.toString();
    }

    private boolean ranged() {
        return range != null && !range.isBlank();
    }

    private List<RevisionInfo> history(Migrator migrator) throws MojoFailureException {
        if (!ranged()) {
            return migrator.history();
        }
        String trimmed = range.trim();
        return Targets.naming("migrate: history of migrate.range=" + trimmed, () -> migrator.history(trimmed));
    }
}
