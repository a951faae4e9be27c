package dev.migrate.maven;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.report.DryRunPlan;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Applies the project's revisions up to a target, printing each with its duration. Compile the
 * project first: the revisions come from the index that migrate-processor generated.
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpgradeMojo extends AbstractBackupMojo {

    /**
     * Where to go: {@code heads} (every head), {@code head}, a revision id or unique prefix, a
     * branch label or {@code label@head}, or a relative step such as {@code +1}; {@code heads} by
     * default.
     */
    @Parameter(property = "migrate.target")
    private String target;

    /**
     * Whether to refuse to run while an applied revision's source differs from what was applied:
     * {@code true} (the default) or {@code false}. Turn it off only to run anyway after a
     * deliberate change to an applied revision.
     */
    @Parameter(property = "migrate.validateChecksums")
    private String validateChecksums;

    /**
     * Whether to run every revision of this command, with its bookkeeping, in a single transaction
     * that commits as a whole: a failure leaves nothing applied. PostgreSQL only: MySQL, MariaDB and
     * H2 commit DDL at once, and the goal then fails before changing anything. Revisions declared
     * {@code transactional = false} cannot join it either. {@code false} by default.
     */
    @Parameter(property = "migrate.singleTransaction")
    private String singleTransaction;

    /**
     * Whether to fail on a database ahead of this build (a newer build applied revisions this one
     * does not have on top of its heads) rather than change nothing and warn, which lets an older
     * build run during a rolling deploy or after an application rollback. {@code false} by default.
     */
    @Parameter(property = "migrate.failOnAhead")
    private String failOnAhead;

    /** Whether an upgrade that has anything to apply takes a backup first, into the backup directory. */
    @Parameter(property = "migrate.backupBeforeUpgrade")
    private String backupBeforeUpgrade;

    /** Whether a failed upgrade restores that backup; needs {@code backupBeforeUpgrade}. */
    @Parameter(property = "migrate.restoreOnFailure")
    private String restoreOnFailure;

    /**
     * Whether to run the revisions on a schema that holds tables but no version table (a database
     * that predates migrate): {@code false} by default, and the goal then fails before writing
     * anything, naming some of the tables. Rather than this, stamp the revision the schema matches
     * ({@code mvn migrate:stamp -Dmigrate.target=<id>}) and upgrade from there.
     */
    @Parameter(property = "migrate.allowNonEmptySchema")
    private String allowNonEmptySchema;

    /**
     * Whether to only show what the goal would do: it reads the database's current revisions and
     * prints the plan and its SQL, and writes nothing and takes no lock. {@code false} by default.
     */
    @Parameter(property = "migrate.dryRun", defaultValue = "false")
    private boolean dryRun;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public UpgradeMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void settings(MigrateConfig.Builder settings) {
        super.settings(settings);
        settings.set(ConfigKey.BACKUP_BEFORE_UPGRADE, backupBeforeUpgrade).set(ConfigKey.RESTORE_ON_FAILURE, restoreOnFailure);
        settings.set(ConfigKey.TARGET, target).set(ConfigKey.VALIDATE_CHECKSUMS, validateChecksums)
                .set(ConfigKey.SINGLE_TRANSACTION, singleTransaction).set(ConfigKey.FAIL_ON_AHEAD, failOnAhead)
                .set(ConfigKey.ALLOW_NON_EMPTY_SCHEMA, allowNonEmptySchema);
    }

    @Override
    protected void configure(Migrator.Builder builder) {
        if (config().backupBeforeUpgrade()) {
            builder.backupBeforeUpgrade(directory(), config().restoreOnFailure());
        }
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException {
        String target = config().target().orElse("heads");
        if (dryRun) {
            DryRuns.print(getLog(), "upgrade", target, () -> DryRunPlan.upgrade(migrator, target));
            return;
        }
        List<String> applied = Targets.run("upgrade", target, () -> migrator.upgrade(target));
        // With nothing to apply, the listener has said why: already at or above the target, or a database
        // ahead of this build.
        if (!applied.isEmpty()) {
            getLog().info("migrate: upgraded to " + target + ": " + applied.size() + " revision(s) applied"
                    + (config().singleTransaction() ? " in a single transaction" : ""));
        }
    }
}
