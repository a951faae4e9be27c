package dev.migrate.maven;

import dev.migrate.RevisionInfo;
import dev.migrate.Revisions;
import java.util.List;
import java.util.StringJoiner;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints the branch points of the project's revision graph, as {@code alembic branches} does: each
 * revision that several revisions revise, newest first, with the revisions it branches into.
 * Reads the compiled revisions only; no database.
 */
@Mojo(name = "branches", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BranchesMojo extends AbstractGraphMojo {

    /** Creates the goal. */
    public BranchesMojo() {}

    @Override
    protected String text(Revisions revisions) {
        List<RevisionInfo> points = revisions.branchPoints();
        StringJoiner out = new StringJoiner("\n");
        out.add(points.isEmpty() ? "migrate: branches none (no revision is revised by more than one)"
                : "migrate: branches (newest first)");
        for (RevisionInfo point : points) {
            out.add(line(point));
            String indent = " ".repeat(point.id().length());
            for (String id : point.revisedBy()) {
                out.add(indent + " -> " + line(revisions.get(id)));
            }
        }
        return out.toString();
    }

    @Override
    protected String json(Revisions revisions) {
        return RevisionFormat.json(revisions.branchPoints());
    }

    private String line(RevisionInfo revision) {
        return verbose() ? RevisionFormat.withClass(revision) : RevisionFormat.line(revision);
    }
}
