package dev.migrate.maven;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.SeedResult;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Loads the project's {@code @Seed} data for {@code migrate.environment} (and the seeds for every
 * environment) whose revision is applied, each cleaned first; seeds loaded already and unchanged
 * are left alone. In production, a seed that would be cleaned needs {@code migrate.confirm}.
 */
@Mojo(name = "seed", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SeedMojo extends AbstractMigrateMojo {

    /**
     * Whether to load without running the seeds' {@code clean} first, for data that only adds rows.
     * {@code false} by default.
     */
    @Parameter(property = "migrate.append")
    private String append;

    /** Whether to load the seeds again even when they are loaded and unchanged. {@code false} by default. */
    @Parameter(property = "migrate.force")
    private String force;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public SeedMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void settings(MigrateConfig.Builder settings) {
        settings.set(ConfigKey.APPEND, append).set(ConfigKey.FORCE, force);
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException {
        SeedResult result = Targets.naming("migrate: seed", () -> migrator.seed(config().seedOptions()));
        getLog().info("migrate: " + result.summary());
    }
}
