package dev.migrate.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The database and bookkeeping flags of every command that connects: the explicit values of the
 * runtime's {@code MigrateConfig}, which falls through to {@code MIGRATE_*} variables and then to
 * the {@code --config} file for each one left out.
 */
final class DatabaseOptions {

    @Option(names = "--url", paramLabel = "<jdbc-url>",
            description = "The database, such as jdbc:postgresql://db:5432/app (or MIGRATE_URL).")
    String url;

    @Option(names = "--user", description = "The database user (or MIGRATE_USER).")
    String user;

    @Option(names = "--password", paramLabel = "<password>",
            description = "The password. Discouraged: the command line shows in ps and in the shell's history;"
                    + " prefer MIGRATE_PASSWORD, --password-file, or the prompt a terminal gets when --user is"
                    + " given without a password.")
    String password;

    @Option(names = "--password-file", paramLabel = "<file>",
            description = "Reads the password from this file (UTF-8; a trailing line break is dropped).")
    Path passwordFile;

    @Option(names = "--schema", description = "The schema (MySQL/MariaDB: database) of the bookkeeping tables"
            + " (or MIGRATE_SCHEMA); the connection's by default.")
    String schema;

    @Option(names = "--version-table", paramLabel = "<table>",
            description = "The version table (or MIGRATE_VERSION_TABLE); migrate_version by default.")
    String versionTable;

    @Option(names = "--history-table", paramLabel = "<table>",
            description = "The history table (or MIGRATE_HISTORY_TABLE); migrate_history by default.")
    String historyTable;

    @Option(names = "--lock-timeout", paramLabel = "<duration>",
            description = "How long a command that writes waits for another run's lock: seconds (600) or ISO-8601"
                    + " (PT10M) (or MIGRATE_LOCK_TIMEOUT); 10 minutes by default.")
    String lockTimeout;

    @Option(names = "--environment", paramLabel = "<name>",
            description = "The environment, free text (or MIGRATE_ENVIRONMENT); prod or production makes destructive"
                    + " commands (downgrade to base or of more than one revision, stamp --purge, restore without --into) need"
                    + " --confirm.")
    String environment;

    @Option(names = "--confirm", paramLabel = "<database>",
            description = "Confirms a destructive command in production by naming the database it works in"
                    + " (or MIGRATE_CONFIRM).")
    String confirm;

    @Option(names = "--config", paramLabel = "<file>",
            description = "A properties file with the same keys (url=..., versionTable=...): the last source,"
                    + " after the flags and the MIGRATE_* variables.")
    Path config;
}
