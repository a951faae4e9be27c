package dev.migrate.maven;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.report.DryRunPlan;
import java.util.Arrays;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Sets the database's current revisions without running any revision: for a database whose
 * schema was created by other means.
 */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StampMojo extends AbstractMigrateMojo {

    /**
     * The revisions the database now has, comma-separated: {@code heads}, revision ids or unique
     * prefixes, branch labels, or {@code base} for none. Required.
     */
    @Parameter(property = "migrate.target")
    private String target;

    /**
     * Whether to empty the version table first: needed when it names revisions the project no
     * longer has.
     */
    @Parameter(property = "migrate.purge", defaultValue = "false")
    private boolean purge;

    /**
     * Whether to only show what the stamp would leave in the version table: it reads the current
     * rows, and writes nothing and takes no lock. {@code false} by default.
     */
    @Parameter(property = "migrate.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public StampMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void settings(MigrateConfig.Builder settings) {
        settings.set(ConfigKey.TARGET, target);
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException {
        String[] targets = Arrays.stream(config().target().orElse("").split(",")).map(String::trim)
                .filter(t -> !t.isEmpty()).toArray(String[]::new);
        if (targets.length == 0) {
            throw new MojoFailureException("migrate: stamp needs a target; set migrate.target, such as"
                    + " -Dmigrate.target=heads or a revision id. Nothing was changed");
        }
        String asked = String.join(",", targets);
        if (dryRun) {
            List<String> rows = Targets.run("stamp", asked, () -> migrator.stampPlan(purge, targets));
            getLog().info("migrate: " + DryRunPlan.stampSummary(asked, purge, rows));
            return;
        }
        List<String> rows = Targets.run("stamp", asked, () -> migrator.stamp(purge, targets));
        getLog().info("migrate: stamped; current revision(s): " + (rows.isEmpty() ? "none" : String.join(", ", rows)));
    }
}
