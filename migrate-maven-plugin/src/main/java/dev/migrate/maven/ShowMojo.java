package dev.migrate.maven;

import dev.migrate.MigrationException;
import dev.migrate.RevisionInfo;
import dev.migrate.Revisions;
import java.util.List;
import java.util.StringJoiner;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints one revision in full, as {@code alembic show} does: its parents, what it depends on, the
 * revisions that revise it, its branch labels, its class and its message, and whether it is a
 * head, a branch point or a merge. Reads the compiled revisions only; no database.
 */
@Mojo(name = "show", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ShowMojo extends AbstractGraphMojo {

    /**
     * The revision to show, required: a revision id or unique prefix, a branch label, {@code head},
     * or {@code label@head}; {@code heads} shows every head.
     */
    @Parameter(property = "migrate.target")
    private String target;

    /** Creates the goal. */
    public ShowMojo() {}

    @Override
    protected String text(Revisions revisions) throws MojoFailureException {
        StringJoiner out = new StringJoiner("\n\n");
        for (RevisionInfo r : shown(revisions)) {
            out.add(RevisionFormat.entry(r));
        }
        return "migrate: show " + target.trim() + "\n" + out;
    }

    @Override
    protected String json(Revisions revisions) throws MojoFailureException {
        return RevisionFormat.json(shown(revisions));
    }

    private List<RevisionInfo> shown(Revisions revisions) throws MojoFailureException {
        if (target == null || target.isBlank()) {
            throw new MojoFailureException("migrate: show needs a revision; set migrate.target, such as"
                    + " -Dmigrate.target=head or a revision id");
        }
        try {
            List<RevisionInfo> shown = revisions.resolve(target.trim());
            // Only base and its forms stand for nothing; get says so in the runtime's words.
            return shown.isEmpty() ? List.of(revisions.get(target.trim())) : shown;
        } catch (MigrationException e) {
            throw new MojoFailureException("migrate: show migrate.target=" + target.trim() + ": " + e.getMessage(), e);
        }
    }
}
