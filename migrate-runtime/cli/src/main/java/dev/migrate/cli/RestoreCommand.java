package dev.migrate.cli;

import dev.migrate.Backups;
import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrate restore <file>}: loads a backup into the database, or into another one. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restores a backup: into the same database, which is emptied first, or with --into into"
                + " another database of the same server.")
final class RestoreCommand extends DatabaseCommand {

    @Mixin
    private BackupDirectory directory;

    @Parameters(index = "0", paramLabel = "<file>", description = "The backup: a path, a name that"
            + " 'migrate backups' lists, or latest.")
    private String file;

    @Option(names = "--into", paramLabel = "<database>", description = "Another database to restore into.")
    private String into;

    @Override
    Map<ConfigKey, String> own() {
        return directory.own();
    }

    @Override
    boolean writes() {
        return true;
    }

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        Path backup = Backups.find(BackupDirectory.of(config), file);
        Backups backups = BackupDirectory.backups(config, environment());
        doing("restore " + backup.getFileName());
        if (into == null) {
            backups.restore(backup);
        } else {
            backups.restore(backup, into);
        }
        printer.success("restored " + backup + (into == null ? "" : " into " + into));
        return ExitCodes.OK;
    }
}
