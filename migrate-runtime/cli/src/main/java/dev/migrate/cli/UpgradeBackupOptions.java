package dev.migrate.cli;

import dev.migrate.ConfigKey;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The flags of {@code upgrade} for a backup before it and a restore when it fails. */
final class UpgradeBackupOptions {

    @Option(names = "--backup-before-upgrade", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Takes a backup into the backup directory before an upgrade that has anything to apply"
                    + " (or MIGRATE_BACKUP_BEFORE_UPGRADE); false by default. A missing pg_dump or mysqldump fails"
                    + " before anything runs.")
    private Boolean backupBeforeUpgrade;

    @Option(names = "--restore-on-failure", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Restores that backup when the upgrade fails, for MySQL/MariaDB whose DDL cannot roll back;"
                    + " needs --backup-before-upgrade (or MIGRATE_RESTORE_ON_FAILURE); false by default.")
    private Boolean restoreOnFailure;

    @Mixin
    private BackupDirectory directory;

    /** Adds the flags given to a command's own settings. */
    void addTo(Map<ConfigKey, String> own) {
        own.put(ConfigKey.BACKUP_BEFORE_UPGRADE, Settings.text(backupBeforeUpgrade));
        own.put(ConfigKey.RESTORE_ON_FAILURE, Settings.text(restoreOnFailure));
        own.putAll(directory.own());
    }
}
