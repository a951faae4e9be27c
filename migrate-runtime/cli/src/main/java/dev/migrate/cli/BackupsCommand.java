package dev.migrate.cli;

import dev.migrate.Backup;
import dev.migrate.Backups;
import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code migrate backups}: the backups in the backup directory, oldest first; needs no database. */
@Command(name = "backups", mixinStandardHelpOptions = true,
        description = "Lists the backups in the backup directory, oldest first: file, database, revisions.")
final class BackupsCommand extends DatabaseCommand {

    @Mixin
    private BackupDirectory directory;

    @Override
    Map<ConfigKey, String> own() {
        return directory.own();
    }

    @Override
    boolean needsDatabase(MigrateConfig config) {
        return false;
    }

    @Override
    int runOffline(Migrator.Builder builder, MigrateConfig config, Printer printer) {
        List<Backup> backups = Backups.list(BackupDirectory.of(config));
        if (backups.isEmpty()) {
            printer.info("no backups in " + BackupDirectory.of(config));
        }
        StringBuilder lines = new StringBuilder();
        for (Backup backup : backups) {
            lines.append(lines.length() == 0 ? "" : "\n").append(backup.file().getFileName()).append("  ")
                    .append(backup.database()).append("  ")
                    .append(backup.revisions().isEmpty() ? "base" : String.join(",", backup.revisions()));
        }
        if (!printer.json() && !backups.isEmpty()) {
            printer.data(lines.toString());
        }
        printer.jsonResult(new java.util.LinkedHashMap<>(Map.of("backups",
                backups.stream().map(b -> b.file().toString()).toList())));
        return ExitCodes.OK;
    }

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        throw new IllegalStateException("backups needs no database");
    }
}
