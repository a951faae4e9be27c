package dev.migrate.maven;

import dev.migrate.Migrator;
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
     * {@code transactional = false} cannot join it either.
     */
    @Parameter(property = "migrate.singleTransaction", defaultValue = "false")
    private boolean singleTransaction;

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
    protected void configure(Migrator.Builder builder) {
        builder.singleTransaction(singleTransaction);
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException {
        if (target == null || target.isBlank()) {
            throw new MojoFailureException("migrate: downgrade needs a target; set migrate.target, such as"
                    + " -Dmigrate.target=-1 (one step) or -Dmigrate.target=base (everything). Nothing was reverted");
        }
        List<String> reverted = Targets.run("downgrade", target.trim(), () -> migrator.downgrade(target.trim()));
        getLog().info(reverted.isEmpty()
                ? "migrate: already at " + target.trim() + "; nothing to revert"
                : "migrate: downgraded to " + target.trim() + ": " + reverted.size() + " revision(s) reverted"
                        + (singleTransaction ? " in a single transaction" : ""));
    }
}
