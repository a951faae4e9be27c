package dev.migrate.spring;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import java.time.Duration;
import java.util.Map;

/** Turns the {@code migrate.*} properties into the runtime's configuration, which checks every value. */
final class MigrateSettings {

    private MigrateSettings() {}

    /**
     * The configuration of the properties alone: Spring has already read the environment
     * ({@code MIGRATE_URL} binds to {@code migrate.url}), so the runtime must not read it again.
     */
    static MigrateConfig config(MigrateProperties properties) {
        return MigrateConfig.builder()
                .environment(Map.of())
                .naming(MigrateSettings::property)
                .set(ConfigKey.URL, properties.getUrl())
                .set(ConfigKey.USER, properties.getUser())
                .set(ConfigKey.PASSWORD, properties.getPassword())
                .set(ConfigKey.SCHEMA, properties.getSchema())
                .set(ConfigKey.VERSION_TABLE, properties.getVersionTable())
                .set(ConfigKey.HISTORY_TABLE, properties.getHistoryTable())
                .set(ConfigKey.TARGET, properties.getTarget())
                .set(ConfigKey.VALIDATE_CHECKSUMS, text(properties.getValidateChecksums()))
                .set(ConfigKey.SINGLE_TRANSACTION, text(properties.getSingleTransaction()))
                .set(ConfigKey.FAIL_ON_AHEAD, text(properties.getFailOnAhead()))
                .set(ConfigKey.ALLOW_NON_EMPTY_SCHEMA, text(properties.getAllowNonEmptySchema()))
                .set(ConfigKey.IGNORED_TABLES, properties.getIgnoredTables())
                .set(ConfigKey.LOCK_TIMEOUT, text(properties.getLockTimeout()))
                .set(ConfigKey.ENVIRONMENT, properties.getEnvironment())
                .set(ConfigKey.CONFIRM, properties.getConfirm())
                .set(ConfigKey.BACKUP_BEFORE_UPGRADE, text(properties.getBackupBeforeUpgrade()))
                .set(ConfigKey.RESTORE_ON_FAILURE, text(properties.getRestoreOnFailure()))
                .set(ConfigKey.BACKUP_DIRECTORY, properties.getBackupDirectory())
                .build();
    }

    /** The property of a key as an application writes it: {@code versionTable} is {@code migrate.version-table}. */
    static String property(ConfigKey key) {
        return "migrate." + key.key().replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    /** A negative duration would read as a bad ISO-8601 text; the runtime's message names the property either way. */
    private static String text(Duration value) {
        return value == null ? null : value.toString();
    }
}
