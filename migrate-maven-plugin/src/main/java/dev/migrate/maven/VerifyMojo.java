package dev.migrate.maven;

import dev.migrate.Migrator;
import dev.migrate.VerifyResult;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Runs every applied revision's {@code verify} again against the live database, read-only and
 * without the lock, and fails naming each revision whose verify fails: a drift check, such as a
 * column a revision added that was dropped by hand, that needs no model of the schema.
 */
@Mojo(name = "verify", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class VerifyMojo extends AbstractMigrateMojo {

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public VerifyMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException {
        VerifyResult result = Targets.naming("migrate: verify", migrator::verify);
        if (!result.passed()) {
            throw new MojoFailureException(result.text());
        }
        getLog().info(result.text());
    }
}
