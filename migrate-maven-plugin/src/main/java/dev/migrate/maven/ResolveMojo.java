package dev.migrate.maven;

import dev.migrate.Migrator;
import dev.migrate.ResolvedFailure;
import java.util.Locale;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Marks a failed revision resolved, so that {@code upgrade} and {@code downgrade} run again.
 *
 * <p>A revision that fails outside a transaction (on MySQL, MariaDB or H2, whose DDL commits at
 * once, or a revision with {@code transactional = false}) may leave a half-applied change, and
 * blocks every later run until it is resolved; so does one whose process was killed while it ran
 * outside a transaction (its history row stays {@code running}). Repair the database by hand first: undo what the
 * revision did, so that the next upgrade runs it again, or finish it and set the version table with
 * {@code migrate:stamp}. Then run {@code mvn migrate:resolve -Dmigrate.revision=<id>}. This adds a
 * {@code rolled_back} row to the history table; it changes neither the version table nor the
 * schema. {@code migrate:check} lists the failed revisions.
 */
@Mojo(name = "resolve", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ResolveMojo extends AbstractMigrateMojo {

    /**
     * The failed revision to mark resolved: its id, as the failure message gives it, or a unique
     * prefix. Required.
     */
    @Parameter(property = "migrate.revision")
    private String revision;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public ResolveMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException {
        if (revision == null || revision.isBlank()) {
            throw new MojoFailureException("migrate: resolve needs the failed revision; set migrate.revision, such as"
                    + " -Dmigrate.revision=<id> with the id the failure message names. Nothing was changed");
        }
        String name = revision.trim();
        ResolvedFailure resolved = Targets.naming("migrate: resolve of migrate.revision=" + name,
                () -> migrator.markResolved(name));
        getLog().info("migrate: marked the failed " + resolved.direction().name().toLowerCase(Locale.ROOT) + " of "
                + resolved.revision() + " (started " + resolved.failedAt() + ") resolved");
        getLog().info("migrate: run mvn migrate:upgrade (or downgrade) again");
    }
}
