package dev.migrate.maven;

import dev.migrate.Migrator;
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
public class UpgradeMojo extends AbstractMigrateMojo {

    /**
     * Where to go: {@code heads} (every head), {@code head}, a revision id or unique prefix, a
     * branch label or {@code label@head}, or a relative step such as {@code +1}.
     */
    @Parameter(property = "migrate.target", defaultValue = "heads")
    private String target;

    /**
     * Whether to refuse to run while an applied revision's source differs from what was applied.
     * Turn it off only to run anyway after a deliberate change to an applied revision.
     */
    @Parameter(property = "migrate.validateChecksums", defaultValue = "true")
    private boolean validateChecksums;

    /**
     * Whether to run every revision of this command, with its bookkeeping, in a single transaction
     * that commits as a whole: a failure leaves nothing applied. PostgreSQL only: MySQL, MariaDB and
     * H2 commit DDL at once, and the goal then fails before changing anything. Revisions declared
     * {@code transactional = false} cannot join it either.
     */
    @Parameter(property = "migrate.singleTransaction", defaultValue = "false")
    private boolean singleTransaction;

    /**
     * Whether to fail on a database ahead of this build (a newer build applied revisions this one
     * does not have on top of its heads) rather than change nothing and warn, which lets an older
     * build run during a rolling deploy or after an application rollback.
     */
    @Parameter(property = "migrate.failOnAhead", defaultValue = "false")
    private boolean failOnAhead;

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
    protected void configure(Migrator.Builder builder) {
        builder.validateChecksums(validateChecksums).singleTransaction(singleTransaction).failOnAhead(failOnAhead);
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException {
        List<String> applied = Targets.run("upgrade", target.trim(), () -> migrator.upgrade(target));
        getLog().info(applied.isEmpty()
                ? "migrate: already at " + target + "; nothing to apply"
                : "migrate: upgraded to " + target + ": " + applied.size() + " revision(s) applied"
                        + (singleTransaction ? " in a single transaction" : ""));
    }
}
