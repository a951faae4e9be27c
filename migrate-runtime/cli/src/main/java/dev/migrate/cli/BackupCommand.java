package dev.migrate.cli;

import dev.migrate.Backup;
import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code migrate backup}: a backup of the database with its own tools. */
@Command(name = "backup", mixinStandardHelpOptions = true,
        description = "Writes a backup of the database with its own tools (pg_dump, mysqldump or mariadb-dump, H2's"
                + " SCRIPT), named with the database, its current revisions and the UTC time.")
final class BackupCommand extends DatabaseCommand {

    @Mixin
    private BackupDirectory directory;

    @Override
    Map<ConfigKey, String> own() {
        return directory.own();
    }

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        Backup backup = BackupDirectory.backups(config, environment())
                .backup(BackupDirectory.of(config), migrator.current());
        printer.success("backed up to " + backup.file());
        printer.jsonResult(new java.util.LinkedHashMap<>(Map.of("backup", backup.file().toString())));
        return ExitCodes.OK;
    }
}
