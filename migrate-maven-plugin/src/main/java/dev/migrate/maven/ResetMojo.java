package dev.migrate.maven;

import dev.migrate.Migrator;
import dev.migrate.ResetResult;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Starts the database over: reverts every revision, applies them all again and loads the seeds of
 * {@code migrate.environment}. In production ({@code migrate.environment=prod}) it fails before
 * writing anything unless {@code migrate.confirm} names the database.
 */
@Mojo(name = "reset", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ResetMojo extends AbstractMigrateMojo {

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public ResetMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException {
        ResetResult result = Targets.naming("migrate: reset", migrator::reset);
        getLog().info("migrate: reset: " + result.reverted().size() + " revision(s) reverted, "
                + result.applied().size() + " applied; " + result.seeds().summary());
    }
}
