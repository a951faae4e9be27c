package dev.migrate.maven;

import dev.migrate.Migrator;
import dev.migrate.RevisionInfo;
import java.util.List;
import java.util.StringJoiner;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Prints every revision, newest first, each marked {@code [x]} when the database has it applied
 * and {@code [ ]} when an upgrade would still run it.
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends AbstractReportMojo {

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
    protected String text(Migrator migrator) {
        List<RevisionInfo> history = migrator.history();
        StringJoiner out = new StringJoiner("\n");
        out.add("migrate: history (newest first, [x] = applied)");
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
            out.add("(no revisions)");
        }
        return out.toString();
    }

    @Override
    protected String json(Migrator migrator) {
        StringJoiner out = new StringJoiner(",", "[", "]");
        for (RevisionInfo r : migrator.history()) {
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
}
