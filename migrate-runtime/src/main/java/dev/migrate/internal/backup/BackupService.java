package dev.migrate.internal.backup;

import dev.migrate.Backup;
import dev.migrate.MigrationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** Backs up and restores one database with its own tools; behind {@link dev.migrate.Backups}. */
public final class BackupService {

    private final DatabaseAddress address;
    private final DatabaseDump dump;

    /**
     * A service for one database.
     *
     * @param url its JDBC URL
     * @param user the user, or {@code null}
     * @param password the password, or {@code null}; it reaches the tools through their environment or an
     *     owner-only file, never their arguments
     * @param schema the configured schema, or {@code null}
     * @param environment the environment the tools run in; its {@code PATH} finds them
     */
    public BackupService(String url, String user, String password, String schema, Map<String, String> environment) {
        this.address = DatabaseAddress.parse(url, schema);
        Credentials credentials = new Credentials(url, user, password);
        this.dump = switch (address.kind()) {
            case "postgresql" -> new PostgresDump(address, credentials, environment);
            case "mysql" -> new MysqlDump(address, credentials, environment);
            default -> new H2Dump(credentials);
        };
    }

    /** Fails, naming the package to install, when a tool is missing. */
    public void requireTools() {
        dump.requireTools();
    }

    /**
     * Writes a backup into {@code directory}, creating it.
     *
     * @param directory the directory
     * @param revisions the database's current revisions, for the name
     * @return the backup
     */
    public Backup backup(Path directory, List<String> revisions) {
        requireTools();
        Path file;
        try {
            Files.createDirectories(directory);
            file = directory.resolve(BackupFiles.name(address.label(), revisions, Clock.systemUTC().instant(),
                    dump.extension())).toAbsolutePath();
        } catch (IOException e) {
            throw new MigrationException("cannot create the backup directory " + directory + ": " + e.getMessage(), e);
        }
        try {
            dump.dump(file);
        } catch (RuntimeException e) {
            // No half-written file that a listing would offer for a restore.
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // The failure above is the one to report.
            }
            throw e;
        }
        return BackupFiles.read(file).orElseThrow();
    }

    /**
     * Restores a backup.
     *
     * @param file the backup file
     * @param database another database to restore into, or {@code null} for the configured one
     */
    public void restore(Path file, String database) {
        restore(file, database, null);
    }

    /**
     * Restores a backup, in production only when confirmed.
     *
     * @param file the backup file
     * @param database another database to restore into, or {@code null} for the configured one
     * @param guard refuses a restore into the configured database (in production, without the confirmation
     *     naming it) before anything runs; {@code null} for none
     */
    public void restore(Path file, String database, Guard guard) {
        if (!Files.isRegularFile(file)) {
            throw new MigrationException("no backup file " + file + ": name one that migrate:backups lists");
        }
        if (!file.getFileName().toString().endsWith(dump.extension())) {
            throw new MigrationException("backup " + file.getFileName() + " is not a " + address.kind()
                    + " backup (those end in " + dump.extension() + ")");
        }
        if (database == null && guard != null) {
            guard.require(dump::databaseName, "restoring " + file.getFileName() + " replaces everything in "
                    + (address.kind().equals("postgresql") && address.schema() != null ? "schema " + address.schema()
                            + " of database " + address.database() : "database " + address.label()));
        }
        requireTools();
        dump.restore(file.toAbsolutePath(), database);
    }

    /** What a restore into the configured database asks first: a production confirmation. */
    @FunctionalInterface
    public interface Guard {
        /**
         * Refuses {@code action} unless allowed.
         *
         * @param databaseName the name of the database the restore replaces, read only when needed
         * @param action what the restore would destroy
         */
        void require(Supplier<String> databaseName, String action);
    }
}
