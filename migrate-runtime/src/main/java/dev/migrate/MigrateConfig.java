package dev.migrate;

import dev.migrate.internal.Redaction;
import dev.migrate.internal.db.TableNames;
import dev.migrate.lint.Rule;
import dev.migrate.lint.Severity;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * The settings of a migrator, gathered from every source a front end has, with one set of keys
 * ({@link ConfigKey}) and one precedence: explicit values (a Maven parameter, a command-line
 * option), then environment variables ({@code MIGRATE_URL}, {@code MIGRATE_USER}, ...), then a
 * {@code migrate.properties} file that the front end reads, then the defaults.
 *
 * <pre>{@code
 * MigrateConfig config = MigrateConfig.builder()
 *         .set(ConfigKey.URL, "jdbc:postgresql://db:5432/app")
 *         .file(Path.of("migrate.properties"))     // when the front end reads one
 *         .build();                                 // the environment is System.getenv()
 * try (Migrator migrator = config.migrator().build()) {
 *     migrator.upgrade(config.target().orElse("heads"));
 * }
 * }</pre>
 *
 * <p>{@link Builder#build()} validates everything at once, and each problem is a {@link
 * MigrationException} that names the setting to change as the user wrote it: {@code
 * migrate.lockTimeout} (the front end's {@link KeyNaming}), {@code the environment variable
 * MIGRATE_LOCK_TIMEOUT}, or {@code lockTimeout in /app/migrate.properties}. The user and the password
 * must come from one place: a user from one source and a password from another fail to log in with
 * a message that points nowhere. Instances are immutable; {@link #toString()} never shows the
 * password.
 */
public final class MigrateConfig {

    private final Map<ConfigKey, ConfigValue> values;
    private final ConfigSources sources;
    private final TableNames tables;
    private final Duration lockTimeout;
    private final boolean validateChecksums;
    private final boolean singleTransaction;
    private final boolean failOnAhead;
    private final boolean allowNonEmptySchema;
    private final List<String> ignoredTables;
    private final boolean backupBeforeUpgrade;
    private final boolean restoreOnFailure;
    private final Map<Rule, Severity> lintRules;

    private MigrateConfig(Map<ConfigKey, ConfigValue> values, ConfigSources sources) {
        this.values = values;
        this.sources = sources;
        values.forEach(MigrateConfig::requireValue);
        requireOnePlaceForCredentials(values.get(ConfigKey.USER), values.get(ConfigKey.PASSWORD));
        this.tables = tables(values);
        ConfigValue timeout = values.get(ConfigKey.LOCK_TIMEOUT);
        this.lockTimeout = timeout == null ? Migrator.Builder.DEFAULT_LOCK_TIMEOUT : duration(timeout);
        this.validateChecksums = bool(ConfigKey.VALIDATE_CHECKSUMS, true);
        this.singleTransaction = bool(ConfigKey.SINGLE_TRANSACTION, false);
        this.failOnAhead = bool(ConfigKey.FAIL_ON_AHEAD, false);
        this.allowNonEmptySchema = bool(ConfigKey.ALLOW_NON_EMPTY_SCHEMA, false);
        this.ignoredTables = value(ConfigKey.IGNORED_TABLES).map(MigrateConfig::names).orElse(List.of());
        this.backupBeforeUpgrade = bool(ConfigKey.BACKUP_BEFORE_UPGRADE, false);
        this.restoreOnFailure = bool(ConfigKey.RESTORE_ON_FAILURE, false);
        ConfigValue rules = values.get(ConfigKey.LINT_RULES);
        this.lintRules = rules == null ? Map.of() : LintRules.parse(rules);
        if (restoreOnFailure && !backupBeforeUpgrade) {
            throw new MigrationException(values.get(ConfigKey.RESTORE_ON_FAILURE).origin() + " is true, but there is no"
                    + " backup to restore: set " + sources.settingsOf(ConfigKey.BACKUP_BEFORE_UPGRADE) + " to true as well");
        }
    }

    /**
     * Starts gathering a configuration: no explicit values, the process's environment, no file,
     * and keys named as they are.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The database's JDBC URL.
     *
     * @return the URL, or empty when no source sets one (a front end may have a default database)
     */
    public Optional<String> url() {
        return value(ConfigKey.URL).map(String::trim);
    }

    /**
     * The database user.
     *
     * @return the user, or empty
     */
    public Optional<String> user() {
        return value(ConfigKey.USER);
    }

    /**
     * The database password.
     *
     * @return the password, or empty
     */
    public Optional<String> password() {
        return value(ConfigKey.PASSWORD);
    }

    /**
     * The schema (a database, on MySQL/MariaDB) of the bookkeeping tables.
     *
     * @return the schema, or empty for the connection's own
     */
    public Optional<String> schema() {
        return Optional.ofNullable(tables.schema());
    }

    /**
     * The version table's name.
     *
     * @return the name; {@code migrate_version} by default
     */
    public String versionTable() {
        return tables.versionTable();
    }

    /**
     * The history table's name.
     *
     * @return the name; {@code migrate_history} by default
     */
    public String historyTable() {
        return tables.historyTable();
    }

    /**
     * Where the command goes; each command has its own default, and some need one.
     *
     * @return the target, or empty
     */
    public Optional<String> target() {
        return value(ConfigKey.TARGET).map(String::trim);
    }

    /**
     * The target of a command that has no default, such as a downgrade.
     *
     * @param command the command, for the message, such as {@code downgrade}
     * @param examples targets to suggest, such as {@code -1 (one step) or base (everything)}
     * @return the target
     * @throws MigrationException when no source sets one; the message names every setting that can
     */
    public String requireTarget(String command, String examples) {
        return target().orElseThrow(() -> new MigrationException(ConfigMessage.MISSING_TARGET.format(command,
                sources.settingsOf(ConfigKey.TARGET), examples)));
    }

    /**
     * Whether an upgrade refuses to run while an applied revision's source changed.
     *
     * @return {@code true} by default
     */
    public boolean validateChecksums() {
        return validateChecksums;
    }

    /**
     * Whether each upgrade or downgrade commits as a whole.
     *
     * @return {@code false} by default
     */
    public boolean singleTransaction() {
        return singleTransaction;
    }

    /**
     * Whether an upgrade or check fails on a database ahead of this build.
     *
     * @return {@code false} by default
     */
    public boolean failOnAhead() {
        return failOnAhead;
    }

    /**
     * Whether an upgrade may run revisions on a schema that has tables but no version table.
     *
     * @return {@code false} by default
     */
    public boolean allowNonEmptySchema() {
        return allowNonEmptySchema;
    }

    /**
     * The tables that are not migrate's and do not make a schema non-empty.
     *
     * @return the names, as given; empty by default
     */
    public List<String> ignoredTables() {
        return ignoredTables;
    }

    /**
     * How long a command waits for another run's lock.
     *
     * @return 10 minutes by default
     */
    public Duration lockTimeout() {
        return lockTimeout;
    }

    /**
     * The database an offline SQL script is for.
     *
     * @return {@code postgresql}, {@code mysql}, {@code mariadb} or {@code h2}, or empty
     */
    public Optional<String> dialect() {
        return value(ConfigKey.DIALECT).map(v -> v.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * The project's lint severities, from {@link ConfigKey#LINT_RULES}; {@link
     * dev.migrate.lint.Linter#forConfig} applies them.
     *
     * @return the severity of each rule named, in rule order; empty by default
     */
    public Map<Rule, Severity> lintRules() {
        return lintRules;
    }

    /**
     * Where backups go and are listed from ({@link Backups}).
     *
     * @return the directory, or empty for the front end's default
     */
    public Optional<Path> backupDirectory() {
        return value(ConfigKey.BACKUP_DIRECTORY).map(v -> Path.of(v.trim()));
    }

    /**
     * Whether an upgrade that has anything to apply takes a backup first ({@link Backups}).
     *
     * @return {@code false} by default
     */
    public boolean backupBeforeUpgrade() {
        return backupBeforeUpgrade;
    }

    /**
     * Whether a failed upgrade restores the backup taken before it.
     *
     * @return {@code false} by default; {@code true} only with {@link #backupBeforeUpgrade()}
     */
    public boolean restoreOnFailure() {
        return restoreOnFailure;
    }

    /**
     * The environment the commands run in, such as {@code staging} or {@code prod}.
     *
     * @return the environment, trimmed, or empty
     */
    public Optional<String> environment() {
        return value(ConfigKey.ENVIRONMENT).map(String::trim);
    }

    /**
     * The database name that confirms a destructive command in production.
     *
     * @return the name, trimmed, or empty
     */
    public Optional<String> confirm() {
        return value(ConfigKey.CONFIRM).map(String::trim);
    }

    /**
     * Where a key's value came from, to name it in a front end's own messages.
     *
     * @param key the key
     * @return such as {@code migrate.url}, {@code the environment variable MIGRATE_URL} or {@code url
     *     in /app/migrate.properties}; empty when no source sets it
     */
    public Optional<String> origin(ConfigKey key) {
        return Optional.ofNullable(values.get(key)).map(ConfigValue::origin);
    }

    /**
     * A migrator builder with these settings: the URL and credentials when a URL is set (the front
     * end adds its own database otherwise), the tables, the lock timeout, checksum validation, the
     * single transaction, {@code failOnAhead}, {@code allowNonEmptySchema}, {@code ignoredTables},
     * the environment and the confirmation. The class loader, listener and the rest stay the builder's defaults.
     *
     * @return the builder
     */
    public Migrator.Builder migrator() {
        Migrator.Builder builder = Migrator.builder()
                .schema(tables.schema())
                .versionTable(tables.versionTable())
                .historyTable(tables.historyTable())
                .lockTimeout(lockTimeout)
                .validateChecksums(validateChecksums)
                .singleTransaction(singleTransaction)
                .failOnAhead(failOnAhead)
                .allowNonEmptySchema(allowNonEmptySchema)
                .ignoredTables(ignoredTables)
                .environment(environment().orElse(null))
                .confirm(confirm().orElse(null));
        url().ifPresent(url -> builder.url(url, user().orElse(null), password().orElse(null)));
        if (backupBeforeUpgrade) {
            // A front end with another default directory sets it again (the Maven plugin: target/migrate/backups).
            builder.backupBeforeUpgrade(backupDirectory().orElse(Path.of("backups")), restoreOnFailure);
        }
        return builder;
    }

    /** The settings, each with where it came from; the password masked, the URL's credentials too. */
    @Override
    public String toString() {
        Map<String, String> shown = new LinkedHashMap<>();
        values.forEach((key, value) -> shown.put(key.key(), switch (key) {
            case PASSWORD -> "*** (" + value.origin() + ")";
            case URL -> Redaction.url(value.value()) + " (" + value.origin() + ")";
            default -> value.value() + " (" + value.origin() + ")";
        }));
        return "MigrateConfig" + shown;
    }

    private Optional<String> value(ConfigKey key) {
        return Optional.ofNullable(values.get(key)).map(ConfigValue::value);
    }

    /** Names may not be empty; a user or password may (H2's {@code sa} has an empty one). */
    private static void requireValue(ConfigKey key, ConfigValue value) {
        if (key == ConfigKey.USER || key == ConfigKey.PASSWORD) {
            return;
        }
        if (value.value().isBlank()) {
            throw new MigrationException(ConfigMessage.EMPTY.format(value.origin()));
        }
        if (key == ConfigKey.URL && !value.value().trim().toLowerCase(Locale.ROOT).startsWith("jdbc:")) {
            throw new MigrationException(ConfigMessage.NOT_A_JDBC_URL.format(value.origin()));
        }
        if (key == ConfigKey.DIALECT && !List.of("postgresql", "mysql", "mariadb", "h2")
                .contains(value.value().trim().toLowerCase(Locale.ROOT))) {
            throw new MigrationException(ConfigMessage.UNKNOWN_DIALECT.format(value.origin(), value.value()));
        }
    }

    private static void requireOnePlaceForCredentials(ConfigValue user, ConfigValue password) {
        if (user != null && password != null && !user.place().equals(password.place())) {
            throw new MigrationException(ConfigMessage.CREDENTIALS_TWO_PLACES.format(user.origin(), password.origin()));
        }
    }

    private static TableNames tables(Map<ConfigKey, ConfigValue> values) {
        ConfigValue schema = values.get(ConfigKey.SCHEMA);
        ConfigValue version = values.get(ConfigKey.VERSION_TABLE);
        ConfigValue history = values.get(ConfigKey.HISTORY_TABLE);
        try {
            return new TableNames(schema == null ? null : schema.value().trim(),
                    version == null ? TableNames.DEFAULT_VERSION_TABLE : version.value().trim(),
                    history == null ? TableNames.DEFAULT_HISTORY_TABLE : history.value().trim());
        } catch (MigrationException e) {
            StringBuilder settings = new StringBuilder();
            for (ConfigValue given : new ConfigValue[] {schema, version, history}) {
                if (given != null) {
                    settings.append(settings.length() == 0 ? "" : " or ").append(given.origin());
                }
            }
            throw new MigrationException(ConfigMessage.BAD_TABLE_NAMES.format(e.getMessage(),
                    settings.length() == 0 ? "the table names" : settings), e);
        }
    }

    private boolean bool(ConfigKey key, boolean fallback) {
        ConfigValue given = values.get(key);
        if (given == null) {
            return fallback;
        }
        return switch (given.value().trim().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new MigrationException(ConfigMessage.BAD_BOOLEAN.format(given.origin(), given.value()));
        };
    }

    /** A comma-separated list of names, each trimmed; empty items (a trailing comma) are left out. */
    private static List<String> names(String list) {
        return Arrays.stream(list.split(",")).map(String::trim).filter(name -> !name.isEmpty()).toList();
    }

    private static Duration duration(ConfigValue given) {
        String text = given.value().trim();
        try {
            Duration duration = text.chars().allMatch(Character::isDigit) ? Duration.ofSeconds(Long.parseLong(text))
                    : Duration.parse(text.toUpperCase(Locale.ROOT));
            if (!duration.isNegative()) {
                return duration;
            }
        } catch (DateTimeParseException | ArithmeticException | NumberFormatException e) {
            // Reported below with the setting's name.
        }
        throw new MigrationException(ConfigMessage.BAD_DURATION.format(given.origin(), given.value()));
    }

    /** Gathers a {@link MigrateConfig}; not thread-safe. */
    public static final class Builder {
        private final Map<ConfigKey, String> explicit = new EnumMap<>(ConfigKey.class);
        private Map<String, String> environment = System.getenv();
        private Map<String, String> file = Map.of();
        private String fileName;
        private KeyNaming naming = KeyNaming.keys();

        private Builder() {}

        /**
         * Sets a key explicitly: it wins over the environment and the file.
         *
         * @param key the key
         * @param value the value as the user gave it, or {@code null} to leave the key to the other
         *     sources
         * @return this builder
         */
        public Builder set(ConfigKey key, String value) {
            Objects.requireNonNull(key, "key");
            if (value == null) {
                explicit.remove(key);
            } else {
                explicit.put(key, value);
            }
            return this;
        }

        /**
         * Sets keys explicitly by their names ({@code url}, {@code versionTable}, ...).
         *
         * @param values the values by key; a {@code null} value leaves the key to the other sources
         * @return this builder
         * @throws MigrationException for a name that is no key
         */
        public Builder set(Map<String, String> values) {
            values.forEach((name, value) -> set(ConfigKey.forKey(name).orElseThrow(() -> new MigrationException(
                    ConfigMessage.UNKNOWN_KEY.format(name, ConfigKey.all()))), value));
            return this;
        }

        /**
         * The environment to read {@code MIGRATE_*} variables from; {@link System#getenv()} by default.
         *
         * @param environment the variables
         * @return this builder
         */
        public Builder environment(Map<String, String> environment) {
            this.environment = Map.copyOf(environment);
            return this;
        }

        /**
         * Reads a {@code migrate.properties} file ({@code url=...}, {@code versionTable=...}, in
         * UTF-8), the last source before the defaults.
         *
         * @param file the file
         * @return this builder
         * @throws MigrationException when the file cannot be read
         */
        public Builder file(Path file) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException | IllegalArgumentException e) {
                throw new MigrationException(ConfigMessage.UNREADABLE_FILE.format(file, e.getMessage()), e);
            }
            Map<String, String> read = new LinkedHashMap<>();
            properties.stringPropertyNames().forEach(name -> read.put(name, properties.getProperty(name)));
            return file(read, file.toString());
        }

        /**
         * Takes the keys of a file the front end has read itself, the last source before the defaults.
         *
         * @param values the file's keys and values
         * @param fileName the file, for messages
         * @return this builder
         */
        public Builder file(Map<String, String> values, String fileName) {
            this.file = Map.copyOf(values);
            this.fileName = Objects.requireNonNull(fileName, "fileName");
            return this;
        }

        /**
         * How the front end names its explicit settings in messages; the keys themselves by default.
         *
         * @param naming such as {@code key -> "migrate." + key.key()}
         * @return this builder
         */
        public Builder naming(KeyNaming naming) {
            this.naming = Objects.requireNonNull(naming, "naming");
            return this;
        }

        /**
         * Takes each key from the first source that has it and checks the values.
         *
         * @return the configuration
         * @throws MigrationException for a value that is empty or malformed, an unknown dialect or
         *     file key, bad table names, or credentials from two places; the message names the setting
         */
        public MigrateConfig build() {
            ConfigSources sources = new ConfigSources(explicit, environment, file, fileName, naming);
            return new MigrateConfig(sources.resolve(), sources);
        }
    }
}
