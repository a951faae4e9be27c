package dev.migrate.maven;

import dev.migrate.Revisions;
import java.util.StringJoiner;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Prints the heads of the project's revision graph: the revisions nothing revises. Reads the
 * compiled revisions only; no database.
 */
@Mojo(name = "heads", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HeadsMojo extends AbstractGraphMojo {

    /** Creates the goal. */
    public HeadsMojo() {}

    @Override
    protected String text(Revisions revisions) {
        StringJoiner out = new StringJoiner("\n");
        out.add("migrate: heads " + (revisions.heads().isEmpty() ? "none" : String.join(", ", revisions.heads())));
        if (verbose()) {
            for (String head : revisions.heads()) {
                out.add(RevisionFormat.withClass(revisions.get(head)));
            }
        }
        return out.toString();
    }

    @Override
    protected String json(Revisions revisions) {
        return "{\"heads\":" + Json.array(revisions.heads()) + "}";
    }
}
