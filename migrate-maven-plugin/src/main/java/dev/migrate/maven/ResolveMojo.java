package dev.migrate.maven;

import dev.migrate.AcceptedChecksum;
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
 *
 * <p>With {@code -Dmigrate.acceptChecksum=true} it accepts instead the changed source of an applied
 * revision, whose checksum no longer matches and so blocks every upgrade: {@code mvn migrate:resolve
 * -Dmigrate.revision=<id> -Dmigrate.acceptChecksum=true -Dmigrate.reason="comment only"}. From then on
 * the revision's new checksum is the one checked; the history table keeps a row with the reason.
 */
@Mojo(name = "resolve", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class ResolveMojo extends AbstractMigrateMojo {

    /**
     * The failed revision to mark resolved, or with {@link #acceptChecksum} the applied revision whose
     * changed checksum to accept: its id, as the failure message gives it, or a unique prefix. Required.
     */
    @Parameter(property = "migrate.revision")
    private String revision;

    /**
     * Whether to accept the changed checksum of the applied revision {@link #revision} rather than
     * mark a failure resolved: for a change that does not alter what the revision does (a comment,
     * formatting). Needs {@link #reason}. {@code false} by default.
     */
    @Parameter(property = "migrate.acceptChecksum", defaultValue = "false")
    private boolean acceptChecksum;

    /** Why the changed checksum is accepted, kept in the history table; required with {@link #acceptChecksum}. */
    @Parameter(property = "migrate.reason")
    private String reason;

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
        if (acceptChecksum) {
            acceptChecksum(migrator, name);
            return;
        }
        if (reason != null && !reason.isBlank()) {
            throw new MojoFailureException("migrate: resolve reads migrate.reason only to accept a checksum; add"
                    + " -Dmigrate.acceptChecksum=true to accept the changed checksum of " + name + ", or leave"
                    + " migrate.reason out to mark its failure resolved. Nothing was changed");
        }
        ResolvedFailure resolved = Targets.naming("migrate: resolve of migrate.revision=" + name,
                () -> migrator.markResolved(name));
        getLog().info("migrate: marked the failed " + resolved.direction().name().toLowerCase(Locale.ROOT) + " of "
                + resolved.revision() + " (started " + resolved.failedAt() + ") resolved");
        getLog().info("migrate: run mvn migrate:upgrade (or downgrade) again");
    }

    private void acceptChecksum(Migrator migrator, String name) throws MojoFailureException {
        if (reason == null || reason.isBlank()) {
            throw new MojoFailureException("migrate: accepting the changed checksum of " + name + " needs a reason,"
                    + " which the history table keeps; set migrate.reason, such as -Dmigrate.reason=\"comment only\"."
                    + " Nothing was changed");
        }
        AcceptedChecksum accepted = Targets.naming("migrate: resolve of migrate.revision=" + name
                + " with migrate.acceptChecksum", () -> migrator.acceptChecksum(name, reason));
        getLog().info("migrate: accepted the changed checksum of " + accepted.revision() + " (now "
                + accepted.checksum() + "): " + accepted.reason());
        getLog().info("migrate: run mvn migrate:upgrade again");
    }
}
