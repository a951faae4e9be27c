package dev.migrate.maven;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.diff.SchemaChange;
import dev.migrate.report.Check;
import dev.migrate.report.Report;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * The release gate: prints the database's status, read once, and fails the build unless it is at
 * every head (or at {@code migrate.target}), with no failed revision and no applied revision whose
 * source changed. It also fails when the build has no revisions at all, which usually means the
 * annotation processor is missing from the build. A database ahead of the build (a newer build
 * applied revisions this one does not have on top of its heads) passes, and the goal says so,
 * unless {@code migrate.failOnAhead} is set.
 *
 * <p>With {@code -Dmigrate.models=true} it also compares the project's compiled JPA entities, as
 * Hibernate maps them, with the database, and fails on each difference (table, column, expected,
 * actual): {@code mvn compile migrate:check -Dmigrate.models=true}. A project without entities
 * passes, and the goal says so.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends AbstractReportMojo {

    /**
     * Where the database must be instead of every head, such as a revision id, a branch label or
     * {@code label@head}: for a deployment that is not meant to run the newest revisions yet. A
     * relative target ({@code +1}, {@code -1}), as {@code mvn migrate:upgrade -Dmigrate.target=+1
     * migrate:check} gives both goals, is left out: the check is then against every head.
     */
    @Parameter(property = "migrate.target")
    private String target;

    /** The verdict, kept between the report and the failure so that the status is read once. */
    private Check check;

    /**
     * Whether a database ahead of this build (a newer build applied revisions this one does not have
     * on top of its heads, as during a rolling deploy or after an application rollback) fails the
     * check rather than passing with a message. {@code false} by default.
     */
    @Parameter(property = "migrate.failOnAhead")
    private String failOnAhead;

    /**
     * Whether to compare the project's compiled JPA entities with the database too, failing on any
     * difference; {@code false} by default. See {@code migrate:revision -Dmigrate.autogenerate},
     * which writes the revision that removes the differences.
     */
    @Parameter(property = "migrate.models", defaultValue = "false")
    private boolean models;

    /** The entities against the database, when {@link #models} is set and the database is at its target. */
    private Optional<ModelDrift> drift = Optional.empty();

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public CheckMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void settings(MigrateConfig.Builder settings) {
        settings.set(ConfigKey.FAIL_ON_AHEAD, failOnAhead);
    }

    @Override
    protected Report report(Migrator migrator) throws MojoFailureException, MojoExecutionException {
        Report report = statusReport(migrator);
        if (models && check.passed()) {
            drift = modelDrift(migrator);
            if (drift.isEmpty()) {
                getLog().info("migrate: no JPA entities (classes annotated @Entity, @Embeddable or @MappedSuperclass) in "
                        + project().getBuild().getOutputDirectory() + ", so there are no models to compare");
            }
        }
        return report;
    }

    private Report statusReport(Migrator migrator) throws MojoFailureException {
        if (target == null || target.isBlank() || Check.relative(target)) {
            if (target != null && !target.isBlank()) {
                getLog().info("migrate: check leaves out the relative migrate.target=" + target.trim()
                        + " (a step, not a place) and checks against every head");
            }
            check = Check.run(migrator, null, MavenCommandNames.INSTANCE, config().failOnAhead());
        } else {
            check = Targets.naming("migrate: check of migrate.target=" + target.trim(),
                    () -> Check.run(migrator, target, MavenCommandNames.INSTANCE, config().failOnAhead()));
        }
        return check.report();
    }

    @Override
    protected void afterReport() throws MojoFailureException {
        if (!check.passed()) {
            throw new MojoFailureException("migrate: " + check.failure());
        }
        if (drift.isPresent()) {
            List<SchemaChange> changes = drift.get().changes();
            if (!changes.isEmpty()) {
                changes.forEach(change -> getLog().error("migrate: " + change.difference()));
                throw new MojoFailureException("migrate: the entities and the database differ in " + changes.size()
                        + (changes.size() == 1 ? " place" : " places") + " (listed above; not compared: "
                        + ModelDrift.NOT_COMPARED + "); write the revision that brings them together with mvn compile"
                        + " migrate:revision -Dmigrate.autogenerate=true -Dmigrate.message=\"...\"");
            }
            getLog().info("migrate: the entities match the database");
        }
        if (check.note() != null) {
            getLog().info("migrate: " + check.note() + " (-Dmigrate.failOnAhead=true makes this fail)");
        }
    }
}
