package dev.migrate.maven;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import dev.migrate.report.DryRunPlan;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** Reverts applied revisions down to a target, printing each with its duration. */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DowngradeMojo extends AbstractMigrateMojo {

    /**
     * Where to go, required because reverting drops data: {@code -1} (one step down), {@code
     * base} (revert everything), a revision id or unique prefix, or {@code label@base}.
     */
    @Parameter(property = "migrate.target")
    private String target;

    /**
     * Whether to run every revision of this command, with its bookkeeping, in a single transaction
     * that commits as a whole: a failure leaves nothing applied. PostgreSQL only: MySQL, MariaDB and
     * H2 commit DDL at once, and the goal then fails before changing anything. Revisions declared
     * {@code transactional = false} cannot join it either. {@code false} by default.
     */
    @Parameter(property = "migrate.singleTransaction")
    private String singleTransaction;

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
    public DowngradeMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void settings(MigrateConfig.Builder settings) {
        settings.set(ConfigKey.TARGET, target).set(ConfigKey.SINGLE_TRANSACTION, singleTransaction);
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException {
        String target;
        try {
            target = config().requireTarget("downgrade", "-Dmigrate.target=-1 (one step) or -Dmigrate.target=base"
                    + " (everything)");
        } catch (MigrationException e) {
            throw new MojoFailureException("migrate: " + e.getMessage() + ". Nothing was reverted", e);
        }
        if (dryRun) {
            DryRuns.print(getLog(), "downgrade", target, () -> DryRunPlan.downgrade(migrator, target));
            return;
        }
        List<String> reverted = Targets.run("downgrade", target, () -> migrator.downgrade(target));
        // With nothing to revert, the listener has said why (already at or below the target).
        if (!reverted.isEmpty()) {
            getLog().info("migrate: downgraded to " + target + ": " + reverted.size() + " revision(s) reverted"
                    + (config().singleTransaction() ? " in a single transaction" : ""));
        }
    }
}
