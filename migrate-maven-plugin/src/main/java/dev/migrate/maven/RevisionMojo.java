package dev.migrate.maven;

import dev.migrate.MigrationException;
import dev.migrate.Revisions;
import dev.migrate.Migrator;
import dev.migrate.diff.ChangeSource;
import dev.migrate.diff.SchemaChange;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Writes a new revision class, as {@code alembic revision -m} writes a script: a fresh id, {@code
 * revises} the head, and {@code upgrade} and {@code downgrade} for you to fill in. The class goes
 * into the package of the existing revisions under the first compile source root; an existing file
 * is never overwritten (the name gets a number instead). The revisions are read from the sources,
 * so no compile is needed first, and no database is used: {@code mvn migrate:revision
 * -Dmigrate.message="add orders"}.
 *
 * <p>With {@code -Dmigrate.autogenerate=true} the bodies are written for you: the project's
 * compiled JPA entities, as Hibernate maps them, are compared with the database at its heads (the
 * database itself, or a scratch schema upgraded to them when it is behind), and each difference
 * becomes an {@code Ops} call, with its inverse in {@code downgrade}: {@code mvn compile
 * migrate:revision -Dmigrate.autogenerate=true -Dmigrate.message="add booking notes"}.
 */
@Mojo(name = "revision", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
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

    /**
     * Whether to write the bodies from the difference between the project's JPA entities and the
     * database at its heads; {@code false} by default. Needs the compiled classes ({@code mvn
     * compile migrate:revision ...}) and the database of {@code migrate.url}.
     */
    @Parameter(property = "migrate.autogenerate", defaultValue = "false")
    private boolean autogenerate;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server, for autogenerate
     */
    @Inject
    public RevisionMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    boolean generates() {
        return autogenerate;
    }

    @Override
    RevisionSource.Body generate(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        Optional<ModelDrift> drift;
        try {
            drift = ModelDrift.compare(entityModel(), migrator, dataSource(), config().ignoredTables(),
                    new DebugLogger(getLog()), getLog()::info);
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("migrate: cannot resolve the project's class path: " + e.getMessage(), e);
        }
        if (drift.isEmpty()) {
            throw new MojoFailureException("migrate: autogenerate found no JPA entities (classes annotated @Entity,"
                    + " @Embeddable or @MappedSuperclass) in " + project().getBuild().getOutputDirectory() + "; compile"
                    + " them first, as in mvn compile migrate:revision -Dmigrate.autogenerate=true. Nothing was written");
        }
        List<SchemaChange> changes = drift.get().changes();
        if (changes.isEmpty()) {
            getLog().warn("migrate: the entities and the schema match; the new revision changes nothing");
        } else {
            getLog().info("migrate: " + changes.size() + " difference" + (changes.size() == 1 ? "" : "s") + ":");
            changes.forEach(change -> getLog().info("migrate:   " + change.difference()));
        }
        return new RevisionSource.Body(List.of(
                "Generated by mvn migrate:revision -Dmigrate.autogenerate=true from the JPA entities as Hibernate",
                "maps them, against " + drift.get().actual().source() + ".",
                "Review it before applying: a renamed table or column shows as a drop and an add, which loses data.",
                "Not compared: " + ModelDrift.NOT_COMPARED_FIRST, ModelDrift.NOT_COMPARED_REST + "."),
                ChangeSource.of(changes));
    }

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
