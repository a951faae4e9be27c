package dev.migrate.maven;

import dev.migrate.MigrationException;
import dev.migrate.Revisions;
import java.io.IOException;
import java.net.URLClassLoader;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * A goal that reports on the project's compiled revision graph alone: it loads the index the
 * processor generated, as {@code upgrade} does, and never connects to a database.
 */
public abstract class AbstractGraphMojo extends AbstractMojo {

    /**
     * How to print the report: {@code text} for people, or {@code json} (one line) for scripts and
     * pipelines.
     */
    @Parameter(property = "migrate.format", defaultValue = "text")
    private String format;

    /** Skips the goal: nothing is loaded. */
    @Parameter(property = "migrate.skip", defaultValue = "false")
    private boolean skip;

    /** Prints more: {@code heads} and {@code branches} give the class of each revision they list. */
    @Parameter(property = "migrate.verbose", defaultValue = "false")
    private boolean verbose;

    /** The project whose compiled revisions and runtime dependencies are loaded. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Creates the goal. */
    protected AbstractGraphMojo() {}

    /**
     * Skips, or loads the project's revisions and prints the report.
     *
     * @throws MojoFailureException for a bad parameter or an invalid revision graph
     * @throws MojoExecutionException for an unexpected problem, such as an unresolvable class path
     */
    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("migrate: skipped (migrate.skip is true)");
            return;
        }
        try (URLClassLoader loader = ProjectClassLoader.create(project.getRuntimeClasspathElements(),
                AbstractGraphMojo.class.getClassLoader())) {
            Revisions revisions = Revisions.load(loader);
            if (revisions.heads().isEmpty()) {
                getLog().warn(ReportFormat.noRevisionsFound(project.getBuild().getOutputDirectory()));
            }
            ReportFormat.print(getLog(), format, () -> text(revisions), () -> json(revisions));
        } catch (MigrationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (DependencyResolutionRequiredException | IOException e) {
            throw new MojoExecutionException("migrate: cannot load the project's class path: " + e.getMessage(), e);
        }
    }

    /**
     * The report for people.
     *
     * @param revisions the project's revision graph
     * @return the text, possibly of several lines
     * @throws MojoFailureException for a bad parameter
     */
    protected abstract String text(Revisions revisions) throws MojoFailureException;

    /**
     * The report as one JSON value.
     *
     * @param revisions the project's revision graph
     * @return the JSON text
     * @throws MojoFailureException for a bad parameter
     */
    protected abstract String json(Revisions revisions) throws MojoFailureException;

    /**
     * Whether {@code migrate.verbose} is set.
     *
     * @return whether to print more
     */
    protected final boolean verbose() {
        return verbose;
    }
}
