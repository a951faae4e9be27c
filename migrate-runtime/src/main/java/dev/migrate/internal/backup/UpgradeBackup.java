package dev.migrate.internal.backup;

import dev.migrate.Backup;
import dev.migrate.MigrationException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code backupBeforeUpgrade} and {@code restoreOnFailure}: a backup before an upgrade that has
 * something to apply, restored when the upgrade fails, for databases whose DDL cannot roll back.
 *
 * @param service the database's backups
 * @param directory where the backup goes
 * @param restoreOnFailure whether a failed upgrade restores it
 */
public record UpgradeBackup(BackupService service, Path directory, boolean restoreOnFailure) {

    /** Fails before the upgrade connects for writes when a tool is missing. */
    public void requireTools() {
        service.requireTools();
    }

    /** Takes the backup of a database at {@code current}. */
    public Backup take(List<String> current) {
        return service.backup(directory, current);
    }

    /**
     * Restores {@code backup} after {@code failure}.
     *
     * @return the failure to throw: its message, then which backup was restored
     */
    public MigrationException restore(Backup backup, MigrationException failure) {
        try {
            service.restore(backup.file(), null);
        } catch (MigrationException e) {
            MigrationException both = new MigrationException(failure.getMessage() + "\nrestoreOnFailure: restoring"
                    + " the backup " + backup.file() + " failed too: " + e.getMessage(), failure);
            both.addSuppressed(e);
            return both;
        }
        // The failure's advice to repair by hand no longer applies: the restore undid the failed step.
        return new MigrationException(failure.getMessage() + "\nrestoreOnFailure: the database was restored from the"
                + " backup " + backup.file() + " taken before the upgrade, so there is nothing to repair or resolve",
                failure);
    }
}
