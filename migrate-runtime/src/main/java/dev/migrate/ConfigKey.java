package dev.migrate;

import java.util.Optional;

/**
 * The keys of a {@link MigrateConfig}: one set for every front end. Each key is written the same
 * in a {@code migrate.properties} file ({@code versionTable=...}), has one environment variable
 * ({@code MIGRATE_VERSION_TABLE}), and is a {@code migrate.<key>} property of the Maven plugin.
 */
public enum ConfigKey {
    /** The database's JDBC URL. */
    URL("url"),
    /** The database user. */
    USER("user"),
    /** The database password; never printed. */
    PASSWORD("password"),
    /** The schema (a database, on MySQL/MariaDB) of the bookkeeping tables. */
    SCHEMA("schema"),
    /** The version table's name; {@code migrate_version} by default. */
    VERSION_TABLE("versionTable"),
    /** The history table's name; {@code migrate_history} by default. */
    HISTORY_TABLE("historyTable"),
    /** Where a command goes, such as {@code heads} or {@code -1}. */
    TARGET("target"),
    /** Whether an upgrade refuses applied revisions whose source changed: {@code true} or {@code false}. */
    VALIDATE_CHECKSUMS("validateChecksums"),
    /** Whether each command commits as a whole: {@code true} or {@code false}. */
    SINGLE_TRANSACTION("singleTransaction"),
    /**
     * Whether an upgrade or check fails on a database ahead of the build (a newer build applied
     * revisions this one does not have) rather than change nothing: {@code true} or {@code false}.
     */
    FAIL_ON_AHEAD("failOnAhead"),
    /** How long to wait for another run's lock: seconds ({@code 600}) or ISO-8601 ({@code PT10M}). */
    LOCK_TIMEOUT("lockTimeout"),
    /**
     * Whether an upgrade may run revisions on a schema that has tables but no version table (a
     * database that predates migrate): {@code true} or {@code false}.
     */
    ALLOW_NON_EMPTY_SCHEMA("allowNonEmptySchema"),
    /**
     * Tables that are not migrate's and do not make a schema non-empty, comma-separated, as the
     * database stores their names.
     */
    IGNORED_TABLES("ignoredTables"),
    /** The database an offline SQL script is for: {@code postgresql}, {@code mysql}, {@code mariadb} or {@code h2}. */
    DIALECT("dialect"),
    /** Where backups go and are listed from; each front end has its own default ({@code target/migrate/backups}, {@code ./backups}). */
    BACKUP_DIRECTORY("backupDirectory"),
    /** Whether an upgrade that has anything to apply takes a backup first: {@code true} or {@code false}. */
    BACKUP_BEFORE_UPGRADE("backupBeforeUpgrade"),
    /** Whether a failed upgrade restores that backup (needs {@code backupBeforeUpgrade}): {@code true} or {@code false}. */
    RESTORE_ON_FAILURE("restoreOnFailure"),
    /**
     * The environment the commands run in, free text; {@code prod} and {@code production} (any case)
     * are production, where destructive commands need {@link #CONFIRM}.
     */
    ENVIRONMENT("environment"),
    /** The name of the database, confirming a destructive command in production. */
    CONFIRM("confirm"),
    /**
     * The project's lint severities: {@code rule=level} pairs separated by commas, the level {@code
     * warn}, {@code fail} (or {@code error}) or {@code off}, such as {@code
     * drop-column=warn,index-not-concurrent=fail}; a rule not named keeps its default.
     */
    LINT_RULES("lintRules");

    private final String key;

    ConfigKey(String key) {
        this.key = key;
    }

    /**
     * The key as a {@code migrate.properties} file writes it.
     *
     * @return such as {@code versionTable}
     */
    public String key() {
        return key;
    }

    /**
     * The environment variable of the key.
     *
     * @return such as {@code MIGRATE_VERSION_TABLE}
     */
    public String environmentVariable() {
        return "MIGRATE_" + name();
    }

    /**
     * The key written as {@code key}, in any case.
     *
     * @param key such as {@code versionTable}
     * @return the key, or empty for a word that is no key
     */
    public static Optional<ConfigKey> forKey(String key) {
        for (ConfigKey candidate : values()) {
            if (candidate.key.equalsIgnoreCase(key.trim())) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * Every key, for messages.
     *
     * @return such as {@code url, user, ...}
     */
    static String all() {
        StringBuilder keys = new StringBuilder();
        for (ConfigKey candidate : values()) {
            keys.append(keys.length() == 0 ? "" : ", ").append(candidate.key);
        }
        return keys.toString();
    }
}
