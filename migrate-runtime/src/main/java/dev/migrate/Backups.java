package dev.migrate;

import dev.migrate.internal.backup.BackupFiles;
import dev.migrate.internal.backup.BackupService;
import dev.migrate.internal.command.ProductionGuard;
import dev.migrate.report.CommandNames;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Backups of a database with its own tools: {@code pg_dump -Fc}/{@code pg_restore} for PostgreSQL
 * (limited to the configured schema, or the URL's {@code currentSchema}, when there is one), {@code
 * mysqldump --single-transaction --routines}/{@code mysql} for MySQL and MariaDB (or {@code
 * mariadb-dump}/{@code mariadb} where only those exist), and H2's {@code SCRIPT TO … COMPRESSION
 * GZIP}/{@code RUNSCRIPT FROM}. Host, port, database and user come from the JDBC URL and the
 * configuration; the password reaches the tools through {@code PGPASSWORD} or an owner-only option
 * file ({@code --defaults-extra-file}, deleted after), never through their arguments.
 *
 * <pre>{@code
 * Backups backups = Backups.of(config);
 * Backup backup = backups.backup(Path.of("backups"), migrator.current());
 * backups.restore(backup.file());          // into the same database: emptied first; in production,
 *                                           // only with the confirmation naming it (inEnvironment)
 * }</pre>
 *
 * <p>Files are named {@code <database>--<revisions>--<UTC time><extension>}; {@link #list} reads
 * them back. A missing tool fails with the package to install before anything runs.
 */
public final class Backups {

    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final Map<String, String> tools;
    private final String environment;
    private final String confirm;
    private final CommandNames names;
    private final BackupService service;

    private Backups(String url, String user, String password, String schema, Map<String, String> tools,
            String environment, String confirm, CommandNames names) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
        this.tools = tools;
        this.environment = environment;
        this.confirm = confirm;
        this.names = names;
        this.service = new BackupService(url, user, password, schema, tools);
    }

    /**
     * Backups of the database a configuration names, in its environment: in production a restore
     * into that database needs its confirmation ({@link MigrateConfig#confirm()}).
     *
     * @param config the configuration; it must have a URL
     * @return the backups, whose tools run in this process's environment
     * @throws MigrationException when the configuration has no URL, or one of no supported database
     */
    public static Backups of(MigrateConfig config) {
        String url = config.url().orElseThrow(() -> new MigrationException(
                "a backup needs the database's URL: set url (migrate.url, MIGRATE_URL)"));
        return of(url, config.user().orElse(null), config.password().orElse(null), config.schema().orElse(null))
                .inEnvironment(config.environment().orElse(null), config.confirm().orElse(null));
    }

    /**
     * Backups of one database.
     *
     * @param url its JDBC URL: {@code jdbc:postgresql:}, {@code jdbc:mysql:}, {@code jdbc:mariadb:} or {@code jdbc:h2:}
     * @param user the user, or {@code null}
     * @param password the password, or {@code null}; never printed, never a tool's argument
     * @param schema the schema (a database, on MySQL/MariaDB), or {@code null}
     * @return the backups, whose tools run in this process's environment, outside production
     */
    public static Backups of(String url, String user, String password, String schema) {
        return new Backups(Objects.requireNonNull(url, "url"), user, password, schema, System.getenv(), null, null,
                CommandNames.API);
    }

    /**
     * The same backups with the tools run in another environment: its {@code PATH} finds them.
     *
     * @param environment the variables, such as {@code PATH}
     * @return new backups
     */
    public Backups environment(Map<String, String> environment) {
        return new Backups(url, user, password, schema, Map.copyOf(environment), this.environment, confirm, names);
    }

    /**
     * The same backups in a named environment, as {@link Migrator.Builder#environment} and {@link
     * Migrator.Builder#confirm} take it: in production ({@code prod} or {@code production}, any case) a
     * restore into the configured database runs only when {@code confirm} names that database.
     *
     * @param environment the environment, or {@code null}
     * @param confirm the database's name confirming a restore in production, or {@code null}
     * @return new backups
     */
    public Backups inEnvironment(String environment, String confirm) {
        return new Backups(url, user, password, schema, tools, environment, confirm, names);
    }

    /**
     * The same backups, whose refusals name the front end's confirmation, such as {@code --confirm app}.
     *
     * @param names the front end's names; {@link CommandNames#API} by default
     * @return new backups
     */
    public Backups commandNames(CommandNames names) {
        return new Backups(url, user, password, schema, tools, environment, confirm, Objects.requireNonNull(names));
    }

    /**
     * Fails when a tool the backup or the restore needs is missing from the {@code PATH}.
     *
     * @throws MigrationException naming the package to install ({@code postgresql-client}, {@code mariadb-client})
     */
    public void requireTools() {
        service.requireTools();
    }

    /**
     * Writes a backup of the database.
     *
     * @param directory where to write it; created when missing
     * @param revisions the database's current revisions ({@link Migrator#current()}), for its name
     * @return the backup
     * @throws MigrationException when a tool is missing or fails
     */
    public Backup backup(Path directory, List<String> revisions) {
        return service.backup(directory, revisions);
    }

    /**
     * Restores a backup into the same database, which is emptied first (on PostgreSQL with a
     * schema: that schema; without one, {@code pg_restore --clean --if-exists}). In production
     * ({@link #inEnvironment}) it runs only when the confirmation names the database, as a downgrade
     * to base does; the refusal comes before anything runs.
     *
     * @param file the backup
     * @throws MigrationException when the file is no backup of this kind of database, a tool fails, or
     *     production's confirmation is missing or names another database
     */
    public void restore(Path file) {
        service.restore(file, null, new ProductionGuard(environment, confirm, names)::require);
    }

    /**
     * Restores a backup into another database on the same server, which must exist.
     *
     * @param file the backup
     * @param database the other database's name
     * @throws MigrationException when the file is no backup of this kind of database, or a tool fails
     */
    public void restore(Path file, String database) {
        service.restore(file, Objects.requireNonNull(database, "database"));
    }

    /**
     * The backup a user names: {@code latest} for the newest in {@code directory}, a path to an
     * existing file, or a file name in {@code directory}.
     *
     * @param directory the backup directory
     * @param name the name given
     * @return the file, which may not exist (a restore then says so)
     * @throws MigrationException for {@code latest} when the directory has no backups
     */
    public static Path find(Path directory, String name) {
        if (name.trim().equals("latest")) {
            List<Backup> all = list(directory);
            if (all.isEmpty()) {
                throw new MigrationException("no backups in " + directory + " to restore: take one first");
            }
            return all.get(all.size() - 1).file();
        }
        Path given = Path.of(name.trim());
        return java.nio.file.Files.exists(given) ? given : directory.resolve(given);
    }

    /**
     * The backups in a directory, oldest first.
     *
     * @param directory the directory; a missing one has none
     * @return the backups
     */
    public static List<Backup> list(Path directory) {
        return BackupFiles.list(directory);
    }
}
