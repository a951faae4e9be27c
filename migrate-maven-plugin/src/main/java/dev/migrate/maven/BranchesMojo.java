package dev.migrate.maven;

import dev.migrate.Revisions;
import dev.migrate.report.Report;
import dev.migrate.report.Reports;
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
    protected Report report(Revisions revisions) {
        return Reports.branches(revisions, verbose());
    }
}
