package dev.migrate.maven;

import dev.migrate.MigrationException;
import dev.migrate.Revisions;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Writes a merge revision that joins heads, as {@code alembic merge} does: after two branches
 * each added a revision, the compiler rejects the two heads, and this goal writes the revision
 * that revises both. It reads the revisions from the sources, so it runs although the build fails;
 * the project then compiles again, and {@code upgrade} applies both branches and the merge: run
 * {@code mvn migrate:merge}, then {@code mvn compile migrate:upgrade}.
 */
@Mojo(name = "merge", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class MergeMojo extends AbstractNewRevisionMojo {

    /**
     * The heads to join, comma-separated: ids or unique prefixes, or {@code label@head}. By default
     * every head.
     */
    @Parameter(property = "migrate.revisions")
    private String revisions;

    /** The merge revision's message; by default {@code merge <a> and <b>}, naming the heads. */
    @Parameter(property = "migrate.message")
    private String message;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server (unused: a merge
     *     needs no database)
     */
    @Inject
    public MergeMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    NewRevision plan(Revisions graph) throws MojoFailureException {
        List<String> named = commaSeparated(revisions);
        List<String> parents;
        try {
            parents = graph.parentsFor(named.isEmpty() ? graph.heads() : named, false);
        } catch (MigrationException e) {
            throw failure("merge of migrate.revisions=" + String.join(",", named), e);
        }
        if (parents.size() < 2) {
            throw new MojoFailureException(named.isEmpty()
                    ? "migrate: nothing to merge: the revisions have " + graph.heads().size() + " head(s)"
                            + (graph.heads().isEmpty() ? "" : " (" + String.join(", ", graph.heads()) + ")")
                            + "; merge joins two or more. Nothing was written"
                    : "migrate: merge joins two or more heads, but migrate.revisions=" + String.join(",", named)
                            + " names " + parents.size() + "; the heads are " + String.join(", ", graph.heads())
                            + ". Nothing was written");
        }
        String text = message == null || message.isBlank() ? "merge " + joined(parents) : message.trim();
        return new NewRevision(parents, List.of(), text, true);
    }

    /** {@code a and b}, {@code a, b and c}. */
    static String joined(List<String> ids) {
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " and " + ids.get(ids.size() - 1);
    }
}
