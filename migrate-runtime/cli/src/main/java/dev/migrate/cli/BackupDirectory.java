package dev.migrate.cli;

import dev.migrate.Backups;
import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** The {@code --backup-directory} option of {@code backup}, {@code backups}, {@code restore} and {@code upgrade}. */
final class BackupDirectory {

    /** The command line's default: beside where it runs. */
    static final Path DEFAULT = Path.of("backups");

    @Option(names = "--backup-directory", paramLabel = "<dir>", description = "Where backups go and are listed"
            + " from (or MIGRATE_BACKUP_DIRECTORY; default ./backups).")
    String directory;

    Map<ConfigKey, String> own() {
        return directory == null ? Map.of() : Map.of(ConfigKey.BACKUP_DIRECTORY, directory);
    }

    static Path of(MigrateConfig config) {
        return config.backupDirectory().orElse(DEFAULT);
    }

    static Backups backups(MigrateConfig config, Environment environment) {
        return Backups.of(config).environment(environment.variables()).commandNames(CliCommandNames.INSTANCE);
    }
}
