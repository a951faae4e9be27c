package dev.migrate.maven;

import dev.migrate.Backup;
import dev.migrate.Migrator;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/**
 * Writes a backup of the database with its own tools ({@code pg_dump -Fc}, {@code mysqldump
 * --single-transaction --routines} or {@code mariadb-dump}, H2's {@code SCRIPT}), named with the
 * database, its current revisions and the UTC time. Needs {@code migrate.url}.
 */
@Mojo(name = "backup", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BackupMojo extends AbstractBackupMojo {

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public BackupMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected void run(Migrator migrator) {
        Backup backup = backups().backup(directory(), migrator.current());
        getLog().info("migrate: backed up to " + backup.file());
    }
}
