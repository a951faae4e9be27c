package dev.migrate.maven;

import dev.migrate.MigrationException;
import dev.migrate.cli.bundle.BundleArtifact;
import dev.migrate.cli.bundle.BundleRequest;
import dev.migrate.cli.bundle.BundleResult;
import dev.migrate.cli.bundle.BundleWriter;
import dev.migrate.cli.bundle.OutputTimestamp;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;
import org.apache.maven.project.MavenProjectHelper;

/**
 * Writes the release bundle {@code target/<artifactId>-<version>-migrations.jar}: one executable
 * jar ({@code java -jar ... upgrade}) with the project's compiled revisions and SQL scripts, its
 * runtime dependencies, the command line and the JDBC drivers, and a manifest ({@code
 * META-INF/migrate/bundle.json}) that {@code verify} checks it against; beside it, the offline
 * upgrade scripts from base to the heads for PostgreSQL, MySQL and H2 (on the default bookkeeping
 * tables; {@code migrate:sql} writes others). All are attached to the
 * build (classifiers {@code migrations} and {@code migrations-<dialect>}), so {@code mvn deploy}
 * publishes them. The same project gives the same bytes (see {@code project.build.outputTimestamp}).
 */
@Mojo(name = "bundle", defaultPhase = LifecyclePhase.PACKAGE, requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class BundleMojo extends AbstractMojo {

    /**
     * Dependencies of the project to leave out of the bundle, as {@code groupId:artifactId}
     * (comma-separated on the command line; {@code *} for any group or artifact): an application's
     * libraries that no revision needs. The project's classes always go in.
     */
    @Parameter(property = "migrate.bundleExcludes")
    private List<String> bundleExcludes;

    /** Skips the goal: no bundle is written or attached. */
    @Parameter(property = "migrate.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The time written on every entry, as Maven's jar plugin reads it: an ISO-8601 date-time or
     * seconds since 1970; without it, a constant (1980-02-01T00:00:00Z), so the bundle is
     * reproducible either way.
     */
    @Parameter(defaultValue = "${project.build.outputTimestamp}")
    private String outputTimestamp;

    /** The plugin's own libraries, from which the bundle takes the runtime, the command line and the drivers. */
    @Parameter(defaultValue = "${plugin.artifacts}", readonly = true, required = true)
    private List<Artifact> pluginArtifacts;

    /** The plugin's version, recorded in the bundle's manifest. */
    @Parameter(defaultValue = "${plugin.version}", readonly = true, required = true)
    private String pluginVersion;

    /** The project whose classes and runtime dependencies go into the bundle. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    private final MavenProjectHelper helper;

    /**
     * Creates the goal.
     *
     * @param helper attaches the bundle and the scripts to the build
     */
    @Inject
    public BundleMojo(MavenProjectHelper helper) {
        this.helper = helper;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("migrate: skipped (migrate.skip is true)");
            return;
        }
        Path jar = Path.of(project.getBuild().getDirectory(),
                project.getArtifactId() + "-" + project.getVersion() + "-migrations.jar");
        BundleResult result;
        try {
            result = BundleWriter.write(new BundleRequest(
                    project.getGroupId() + ":" + project.getArtifactId() + ":" + project.getVersion(),
                    Path.of(project.getBuild().getOutputDirectory()),
                    artifacts(project.getArtifacts(), true), artifacts(pluginArtifacts, false),
                    bundleExcludes == null ? List.of() : bundleExcludes, jar, OutputTimestamp.parse(outputTimestamp),
                    pluginVersion));
        } catch (MigrationException e) {
            throw new MojoFailureException("migrate: bundle: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("migrate: cannot write the bundle " + jar + ": " + e.getMessage(), e);
        }
        getLog().info("migrate: bundle " + result.jar() + ": " + result.revisions() + " revision(s), heads "
                + String.join(", ", result.heads()) + ", " + result.entries() + " files and their manifest, digest " + result.digest());
        result.leftOut().forEach(line -> getLog().info("migrate: left out of the bundle: " + line));
        result.unusedExcludes().forEach(exclude -> getLog().warn(
                "migrate: migrate.bundleExcludes names " + exclude + ", which is no runtime dependency of the project"));
        result.shadowed().forEach(line -> getLog().debug("migrate: bundle: two sources hold " + line));
        helper.attachArtifact(project, "jar", "migrations", result.jar().toFile());
        for (Map.Entry<String, Path> script : result.scripts().entrySet()) {
            getLog().info("migrate: offline upgrade script base:heads for " + script.getKey() + ": " + script.getValue());
            helper.attachArtifact(project, "sql", "migrations-" + script.getKey(), script.getValue().toFile());
        }
    }

    /** The artifacts with a file; for the project, those on its runtime class path. */
    private static List<BundleArtifact> artifacts(Iterable<Artifact> artifacts, boolean runtimeOnly) {
        List<BundleArtifact> result = new ArrayList<>();
        for (Artifact a : artifacts) {
            File file = a.getFile();
            boolean onRuntimePath = Artifact.SCOPE_COMPILE.equals(a.getScope()) || Artifact.SCOPE_RUNTIME.equals(a.getScope());
            if (file != null && a.getArtifactHandler().isAddedToClasspath() && (!runtimeOnly || onRuntimePath)) {
                result.add(new BundleArtifact(a.getGroupId(), a.getArtifactId(), a.getVersion(), file.toPath()));
            }
        }
        return result;
    }
}
