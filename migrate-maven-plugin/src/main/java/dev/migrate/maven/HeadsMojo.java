package dev.migrate.maven;

import dev.migrate.Revisions;
import dev.migrate.report.Report;
import dev.migrate.report.Reports;
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
    protected Report report(Revisions revisions) {
        return Reports.heads(revisions, verbose());
    }
}
