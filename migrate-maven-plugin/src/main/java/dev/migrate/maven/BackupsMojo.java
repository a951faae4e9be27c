package dev.migrate.maven;

import dev.migrate.Backup;
import dev.migrate.Backups;
import dev.migrate.Migrator;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.settings.crypto.SettingsDecrypter;

/** Lists the backups in the backup directory, oldest first: file, database, revisions. Needs no database. */
@Mojo(name = "backups", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class BackupsMojo extends AbstractBackupMojo {

    /**
     * Creates the goal.
     *
     * @param decrypter decrypts the password of a {@code settings.xml} server
     */
    @Inject
    public BackupsMojo(SettingsDecrypter decrypter) {
        super(decrypter);
    }

    @Override
    protected boolean needsDatabase(boolean urlGiven) {
        return false;
    }

    @Override
    protected void runOffline(Migrator.Builder builder) {
        List<Backup> backups = Backups.list(directory());
        if (backups.isEmpty()) {
            getLog().info("migrate: no backups in " + directory());
        }
        for (Backup backup : backups) {
            getLog().info("migrate: " + backup.file().getFileName() + "  " + backup.database() + "  "
                    + (backup.revisions().isEmpty() ? "base" : String.join(",", backup.revisions())));
        }
    }

    @Override
    protected void run(Migrator migrator) {
        throw new IllegalStateException("migrate:backups needs no database");
    }
}
