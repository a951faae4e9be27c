package dev.migrate.maven;

import dev.migrate.MigrationException;
import dev.migrate.Revisions;
import dev.migrate.report.DiagramFormat;
import dev.migrate.report.Diagrams;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes the project's revision graph as a picture: Graphviz DOT ({@code migrate.format=dot}, the
 * default), a Mermaid flowchart ({@code mermaid}) or an SVG image ({@code svg}, drawn by running
 * Graphviz's {@code dot}, which must be on the PATH). Parents point to the revisions that revise
 * them; dependencies ({@code dependsOn}) are dashed. To {@code migrate.output}, or the standard
 * output. Reads the compiled revisions only; no database.
 */
@Mojo(name = "graph", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class GraphMojo extends AbstractGraphMojo {

    /** Creates the goal. */
    public GraphMojo() {}

    @Override
    protected void print(Revisions revisions, String format, File output) throws MojoFailureException {
        byte[] picture;
        try {
            picture = Diagrams.render(revisions, DiagramFormat.of(format));
        } catch (MigrationException e) {
            throw new MojoFailureException("migrate: graph migrate.format=" + format + ": " + e.getMessage(), e);
        }
        ReportFormat.write(getLog(), picture, output, "the revision graph");
    }
}
