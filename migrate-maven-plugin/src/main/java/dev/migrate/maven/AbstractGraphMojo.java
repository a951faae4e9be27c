package dev.migrate.maven;

import dev.migrate.MigrationException;
import dev.migrate.Revisions;
import dev.migrate.report.Report;
import java.io.File;
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
     * pipelines. For {@code migrate:graph}: {@code dot} (the default there), {@code mermaid} or
     * {@code svg}.
     */
    @Parameter(property = "migrate.format")
    private String format;

    /**
     * The file to write the output to, its directories created, instead of printing it. Not set:
     * text goes to the log, and JSON or a graph to the standard output as plain lines.
     */
    @Parameter(property = "migrate.output")
    private File output;

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
            print(revisions, format, output);
        } catch (MigrationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (DependencyResolutionRequiredException | IOException e) {
            throw new MojoExecutionException("migrate: cannot load the project's class path: " + e.getMessage(), e);
        }
    }

    /**
     * Prints the goal's output: by default its {@link #report} as text or JSON.
     *
     * @param revisions the project's revision graph
     * @param format {@code migrate.format}, or {@code null}
     * @param output {@code migrate.output}, or {@code null}
     * @throws MojoFailureException for a bad parameter
     */
    protected void print(Revisions revisions, String format, File output) throws MojoFailureException {
        ReportFormat.print(getLog(), report(revisions), format, output);
    }

    /**
     * The report, from the runtime.
     *
     * @param revisions the project's revision graph
     * @return the report in both forms
     * @throws MojoFailureException for a bad parameter
     */
    protected Report report(Revisions revisions) throws MojoFailureException {
        throw new IllegalStateException(getClass().getName() + " prints no report");
    }

    /**
     * Whether {@code migrate.verbose} is set.
     *
     * @return whether to print more
     */
    protected final boolean verbose() {
        return verbose;
    }
}
