package dev.migrate.maven;

import dev.migrate.MigrationException;
import dev.migrate.Revisions;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes a new revision class, as {@code alembic revision -m} writes a script: a fresh id, {@code
 * revises} the head, and {@code upgrade} and {@code downgrade} for you to fill in. The class goes
 * into the package of the existing revisions under the first compile source root; an existing file
 * is never overwritten (the name gets a number instead). The revisions are read from the sources,
 * so no compile is needed first, and no database is used: {@code mvn migrate:revision
 * -Dmigrate.message="add orders"}.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.COMPILE, threadSafe = true)
public class RevisionMojo extends AbstractNewRevisionMojo {

    /**
     * The new revision's message, required: what it changes, such as {@code "add orders"}. The
     * class name comes from it ({@code AddOrders}).
     */
    @Parameter(property = "migrate.message")
    private String message;

    /**
     * The revision to follow, when the graph has several heads (for branches with labels): a head's
     * id or unique prefix, {@code label@head}, {@code heads} to join every head, or {@code base}
     * for a new base (give it a {@link #branchLabel}). Comma-separated for several. By default the
     * single head, or none for the first revision.
     */
    @Parameter(property = "migrate.head")
    private String head;

    /**
     * Whether {@link #head} may name a revision that others already revise, starting a new branch
     * below the head, as Alembic's {@code --splice} does. The branch then needs a branch label of
     * its own, or a merge, before the project compiles again.
     */
    @Parameter(property = "migrate.splice", defaultValue = "false")
    private boolean splice;

    /**
     * What the new revision depends on without revising it, comma-separated: revision ids or
     * unique prefixes (written in full), or branch labels (kept as labels, so the dependency
     * follows the branch).
     */
    @Parameter(property = "migrate.dependsOn")
    private String dependsOn;

    /** Creates the goal. */
    public RevisionMojo() {}

    @Override
    NewRevision plan(Revisions revisions) throws MojoFailureException {
        if (message == null || message.isBlank()) {
            throw new MojoFailureException("migrate: revision needs a message; set migrate.message, such as"
                    + " -Dmigrate.message=\"add orders\". Nothing was written");
        }
        List<String> heads = commaSeparated(head);
        if (heads.isEmpty() && revisions.heads().size() > 1) {
            throw new MojoFailureException("migrate: the revisions have " + revisions.heads().size() + " heads ("
                    + String.join(", ", revisions.heads()) + "), so it is not clear which one the new revision follows;"
                    + " set migrate.head to one of them (such as -Dmigrate.head=" + revisions.heads().get(0)
                    + " or label@head), or to heads to join them all, or join them first with mvn migrate:merge."
                    + " Nothing was written");
        }
        List<String> parents;
        try {
            parents = revisions.parentsFor(heads.isEmpty() ? List.of("head") : heads, splice);
        } catch (MigrationException e) {
            throw failure("revision cannot follow migrate.head=" + String.join(",", heads)
                    + " (set migrate.head, or migrate.splice=true to start a branch)", e);
        }
        List<String> dependencies;
        try {
            dependencies = revisions.dependencies(commaSeparated(dependsOn));
        } catch (MigrationException e) {
            throw failure("migrate.dependsOn=" + dependsOn.trim(), e);
        }
        return new NewRevision(parents, dependencies, message.trim(), false);
    }
}
