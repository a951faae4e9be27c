package dev.migrate.maven;

import dev.migrate.MigrationException;
import dev.migrate.Revisions;
import dev.migrate.report.Report;
import dev.migrate.report.Reports;
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
    protected Report report(Revisions revisions) throws MojoFailureException {
        if (target == null || target.isBlank()) {
            throw new MojoFailureException("migrate: show needs a revision; set migrate.target, such as"
                    + " -Dmigrate.target=head or a revision id");
        }
        try {
            return Reports.show(revisions, target);
        } catch (MigrationException e) {
            throw new MojoFailureException("migrate: show migrate.target=" + target.trim() + ": " + e.getMessage(), e);
        }
    }
}
