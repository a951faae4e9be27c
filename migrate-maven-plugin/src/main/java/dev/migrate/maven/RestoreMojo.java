package dev.migrate.maven;

import dev.migrate.Migrator;
import dev.migrate.Backups;
import java.nio.file.Path;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Restores a backup ({@code -Dmigrate.backup=<file>}): into the configured database, which is
 * emptied first, or into another database of the same server ({@code -Dmigrate.restoreInto=<name>}).
 */
@Mojo(name = "restore", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class RestoreMojo extends AbstractBackupMojo {

    /** The backup: a path, a file name that {@code migrate:backups} lists, or {@code latest}. Required. */
    @Parameter(property = "migrate.backup")
    private String backup;

    /** Another database of the same server to restore into; the configured one when unset. */
    @Parameter(property = "migrate.restoreInto")
    private String restoreInto;

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public RestoreMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run(Migrator migrator) throws MojoFailureException {
        if (backup == null || backup.isBlank()) {
            throw new MojoFailureException("migrate: restore needs a backup; set migrate.backup, such as"
                    + " -Dmigrate.backup=<file> from mvn migrate:backups. Nothing was changed");
        }
        Path file = Backups.find(directory(), backup);
        if (restoreInto == null || restoreInto.isBlank()) {
            backups().restore(file);
            getLog().info("migrate: restored " + file);
        } else {
            backups().restore(file, restoreInto.trim());
            getLog().info("migrate: restored " + file + " into " + restoreInto.trim());
        }
    }
}
