package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.lint.Rule;
import dev.migrate.lint.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Precedence and every validation message of {@link MigrateConfig}. */
class MigrateConfigTest {

    @TempDir
    Path dir;

    /** The plugin's naming: messages say migrate.user, as the user wrote it. */
    private static MigrateConfig.Builder plugin() {
        return MigrateConfig.builder().environment(Map.of()).naming(key -> "migrate." + key.key());
    }

    private Path file(String text) throws IOException {
        Path file = dir.resolve("migrate.properties");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static String failure(MigrateConfig.Builder builder) {
        return assertThrows(MigrationException.class, builder::build).getMessage();
    }

    @Test
    void defaultsWhenNothingIsSet() {
        MigrateConfig config = plugin().build();

        assertEquals(Optional.empty(), config.url());
        assertEquals(Optional.empty(), config.schema());
        assertEquals("migrate_version", config.versionTable());
        assertEquals("migrate_history", config.historyTable());
        assertEquals(Duration.ofMinutes(10), config.lockTimeout());
        assertTrue(config.validateChecksums());
        assertFalse(config.singleTransaction());
        assertFalse(config.failOnAhead());
        assertEquals(Optional.empty(), config.target());
        assertEquals(Optional.empty(), config.dialect());
    }

    @Test
    void explicitWinsOverEnvironmentWhichWinsOverTheFile() throws IOException {
        Path file = file("url=jdbc:h2:mem:file\nschema=from_file\nversionTable=file_version\nhistoryTable=file_history\n"
                + "lockTimeout=30\n");
        MigrateConfig config = plugin()
                .set(ConfigKey.URL, "jdbc:h2:mem:explicit")
                .environment(Map.of("MIGRATE_URL", "jdbc:h2:mem:env", "MIGRATE_SCHEMA", "from_env",
                        "MIGRATE_VERSION_TABLE", "", "MIGRATE_LOCK_TIMEOUT", "PT2M"))
                .file(file)
                .build();

        assertEquals(Optional.of("jdbc:h2:mem:explicit"), config.url());
        assertEquals(Optional.of("migrate.url"), config.origin(ConfigKey.URL));
        assertEquals(Optional.of("from_env"), config.schema());
        assertEquals(Optional.of("the environment variable MIGRATE_SCHEMA"), config.origin(ConfigKey.SCHEMA));
        // An empty variable counts as unset: the file's value applies.
        assertEquals("file_version", config.versionTable());
        assertEquals("file_history", config.historyTable());
        assertEquals(Optional.of("historyTable in " + file), config.origin(ConfigKey.HISTORY_TABLE));
        assertEquals(Duration.ofMinutes(2), config.lockTimeout());
    }

    @Test
    void everyKeyHasItsVariable() {
        MigrateConfig config = plugin().environment(Map.of("MIGRATE_URL", "jdbc:h2:mem:x", "MIGRATE_USER", "app",
                "MIGRATE_PASSWORD", "pw", "MIGRATE_HISTORY_TABLE", "h", "MIGRATE_TARGET", "-1",
                "MIGRATE_VALIDATE_CHECKSUMS", "FALSE", "MIGRATE_SINGLE_TRANSACTION", "true", "MIGRATE_LOCK_TIMEOUT", "0",
                "MIGRATE_DIALECT", "MariaDB", "MIGRATE_FAIL_ON_AHEAD", "true")).build();

        assertEquals(Optional.of("app"), config.user());
        assertEquals(Optional.of("pw"), config.password());
        assertEquals("h", config.historyTable());
        assertEquals(Optional.of("-1"), config.target());
        assertFalse(config.validateChecksums());
        assertTrue(config.singleTransaction());
        assertTrue(config.failOnAhead());
        assertEquals(Duration.ZERO, config.lockTimeout());
        assertEquals(Optional.of("mariadb"), config.dialect());
        assertEquals("MIGRATE_VERSION_TABLE", ConfigKey.VERSION_TABLE.environmentVariable());
    }

    @Test
    void seedOptionsFromTheirVariablesAndTheFile() throws IOException {
        Path file = file("force=true\n");

        assertEquals(SeedOptions.DEFAULT, plugin().build().seedOptions());
        assertEquals(new SeedOptions(true, true),
                plugin().environment(Map.of("MIGRATE_APPEND", "true")).file(file).build().seedOptions());
        assertEquals(new SeedOptions(false, true), plugin().set(ConfigKey.APPEND, "false").environment(
                Map.of("MIGRATE_APPEND", "true")).file(file).build().seedOptions());
        assertEquals("the environment variable MIGRATE_FORCE is \"yes\"; give true or false",
                failure(plugin().environment(Map.of("MIGRATE_FORCE", "yes"))));
    }

    @Test
    void keysByName() {
        MigrateConfig config = plugin().set(Map.of("versionTable", "v", "singleTransaction", "true")).build();

        assertEquals("v", config.versionTable());
        assertTrue(config.singleTransaction());
        assertEquals("\"usr\" is not a configuration key; the keys are url, user, password, schema, versionTable,"
                + " historyTable, target, validateChecksums, singleTransaction, failOnAhead, lockTimeout,"
                + " allowNonEmptySchema, ignoredTables, dialect, backupDirectory, backupBeforeUpgrade, restoreOnFailure,"
                + " environment, confirm, append, force, lintRules",
                assertThrows(MigrationException.class, () -> plugin().set(Map.of("usr", "x"))).getMessage());
    }

    @Test
    void credentialsFromTwoPlacesAreRefused() throws IOException {
        assertEquals("The credentials come from two places: the user from migrate.user and the password from the"
                + " environment variable MIGRATE_PASSWORD. Give both in one place, so that they belong together, and"
                + " remove the other",
                failure(plugin().set(ConfigKey.USER, "app").environment(Map.of("MIGRATE_PASSWORD", "s3cret"))));
        Path file = file("user=app\n");
        assertEquals("The credentials come from two places: the user from user in " + file + " and the password from"
                + " the environment variable MIGRATE_PASSWORD. Give both in one place, so that they belong together,"
                + " and remove the other",
                failure(plugin().file(file).environment(Map.of("MIGRATE_PASSWORD", "s3cret"))));
        // A place that gives both wins over a lower one, as every key does.
        MigrateConfig config = plugin().set(ConfigKey.USER, "app").set(ConfigKey.PASSWORD, "")
                .environment(Map.of("MIGRATE_PASSWORD", "other")).build();
        assertEquals(Optional.of(""), config.password());
    }

    @Test
    void aCliNamesItsOptions() {
        MigrateConfig.Builder cli = MigrateConfig.builder().environment(Map.of("MIGRATE_PASSWORD", "x"))
                .naming(key -> "--" + key.key()).set(ConfigKey.USER, "app");

        assertTrue(failure(cli).contains("the user from --user and the password from the environment variable"
                + " MIGRATE_PASSWORD"), failure(cli));
    }

    @Test
    void badBooleansNameTheSetting() throws IOException {
        assertEquals("migrate.validateChecksums is \"yes\"; give true or false",
                failure(plugin().set(ConfigKey.VALIDATE_CHECKSUMS, "yes")));
        assertEquals("the environment variable MIGRATE_SINGLE_TRANSACTION is \"1\"; give true or false",
                failure(plugin().environment(Map.of("MIGRATE_SINGLE_TRANSACTION", "1"))));
        Path file = file("singleTransaction=on\n");
        assertEquals("singleTransaction in " + file + " is \"on\"; give true or false", failure(plugin().file(file)));
    }

    @Test
    void badDurationsNameTheSetting() {
        for (String bad : new String[] {"10 min", "-5", "PT-1S", "99999999999999999999"}) {
            assertEquals("migrate.lockTimeout is \"" + bad + "\"; give a number of seconds (600) or an ISO-8601"
                    + " duration (PT10M), zero or more", failure(plugin().set(ConfigKey.LOCK_TIMEOUT, bad)));
        }
        assertEquals(Duration.ofSeconds(90), plugin().set(ConfigKey.LOCK_TIMEOUT, " 90 ").build().lockTimeout());
        assertEquals(Duration.ofMinutes(5), plugin().set(ConfigKey.LOCK_TIMEOUT, "pt5m").build().lockTimeout());
    }

    @Test
    void unknownDialectNamesTheSetting() {
        assertEquals("migrate.dialect is \"oracle\"; give postgresql, mysql, mariadb or h2",
                failure(plugin().set(ConfigKey.DIALECT, "oracle")));
    }

    @Test
    void lintRulesSetSeveritiesAndNameTheSettingWhenWrong() {
        MigrateConfig config = plugin().environment(Map.of("MIGRATE_LINT_RULES",
                " drop-column=warn, INDEX-NOT-CONCURRENT=fail,unchecked=off,")).build();
        assertEquals(Map.of(Rule.DROP_COLUMN, Severity.WARN, Rule.INDEX_NOT_CONCURRENT, Severity.ERROR,
                Rule.UNCHECKED, Severity.OFF), config.lintRules());
        assertEquals(Map.of(), plugin().build().lintRules());

        assertEquals("migrate.lintRules names an unknown lint rule in \"drop-colum=warn\"; the rules are drop-table,"
                + " drop-column, drop-table-in-use, drop-column-in-use, delete-without-where, truncate, rename-table,"
                + " rename-column, narrowing-type, not-null-without-default, index-not-concurrent, constraint-not-valid, type-rewrite,"
                + " mixed-ddl-and-data, unchecked", failure(plugin().set(ConfigKey.LINT_RULES, "drop-colum=warn")));
        for (String bad : new String[] {"drop-column", "drop-column=maybe"}) {
            assertEquals("migrate.lintRules has \"" + bad + "\"; write rule=level, the level warn, fail (or error) or"
                    + " off, such as drop-column=warn,index-not-concurrent=fail",
                    failure(plugin().set(ConfigKey.LINT_RULES, "truncate=warn," + bad)));
        }
    }

    @Test
    void emptyNamesAreRefused() {
        assertEquals("migrate.schema is empty; give a value, or remove it to use the default",
                failure(plugin().set(ConfigKey.SCHEMA, " ")));
        assertEquals("migrate.versionTable is empty; give a value, or remove it to use the default",
                failure(plugin().set(ConfigKey.VERSION_TABLE, "")));
        assertEquals("migrate.url is empty; give a value, or remove it to use the default",
                failure(plugin().set(ConfigKey.URL, "")));
        // An empty password is a password (H2's sa has one).
        assertEquals(Optional.of(""), plugin().set(ConfigKey.USER, "sa").set(ConfigKey.PASSWORD, "").build().password());
    }

    @Test
    void badTableNamesNameTheSettings() {
        assertEquals("The version table and the history table (versionTable, historyTable) are both named \"t\"; give"
                + " them different names;"
                + " change migrate.versionTable or the environment variable MIGRATE_HISTORY_TABLE",
                failure(plugin().set(ConfigKey.VERSION_TABLE, "t").environment(Map.of("MIGRATE_HISTORY_TABLE", "t"))));
        assertEquals("The schema (schema) \"x\ty\" contains a control character; remove it; change migrate.schema",
                failure(plugin().set(ConfigKey.SCHEMA, "x\ty")));
    }

    @Test
    void aUrlMustBeJdbc() {
        assertEquals("migrate.url is not a JDBC URL; give one that starts with jdbc:, such as"
                + " jdbc:postgresql://localhost:5432/app", failure(plugin().set(ConfigKey.URL, "postgres://u:pw@db/app")));
    }

    @Test
    void aMissingTargetNamesEverySettingThatGivesOne() throws IOException {
        assertEquals("downgrade needs a target; set migrate.target or the environment variable MIGRATE_TARGET, such"
                + " as -1 or base", assertThrows(MigrationException.class,
                        () -> plugin().build().requireTarget("downgrade", "-1 or base")).getMessage());
        Path file = file("url=jdbc:h2:mem:x\n");
        assertEquals("downgrade needs a target; set --target, the environment variable MIGRATE_TARGET or target in "
                + file + ", such as base", assertThrows(MigrationException.class, () -> MigrateConfig.builder()
                        .environment(Map.of()).naming(key -> "--" + key.key()).file(file).build()
                        .requireTarget("downgrade", "base")).getMessage());
        assertEquals("-1", plugin().environment(Map.of("MIGRATE_TARGET", " -1 ")).build().requireTarget("downgrade", ""));
    }

    @Test
    void unknownFileKeysAndUnreadableFilesAreRefused() throws IOException {
        Path file = file("url=jdbc:h2:mem:x\nusr=app\n");
        assertEquals(file + " has an unknown key \"usr\"; the keys are url, user, password, schema, versionTable,"
                + " historyTable, target, validateChecksums, singleTransaction, failOnAhead, lockTimeout,"
                + " allowNonEmptySchema, ignoredTables, dialect, backupDirectory, backupBeforeUpgrade, restoreOnFailure,"
                + " environment, confirm, append, force, lintRules",
                failure(plugin().file(file)));
        Path missing = dir.resolve("none.properties");
        String message = assertThrows(MigrationException.class, () -> plugin().file(missing)).getMessage();
        assertTrue(message.startsWith("Cannot read the configuration file " + missing + ": "), message);
    }

    @Test
    void printsNoSecret() {
        MigrateConfig config = plugin().set(ConfigKey.URL, "jdbc:postgresql://bob:url-s3cret@db/app")
                .set(ConfigKey.USER, "bob").set(ConfigKey.PASSWORD, "pa55-s3cret").build();

        assertFalse(config.toString().contains("s3cret"), config.toString());
        assertTrue(config.toString().contains("user=bob (migrate.user)"), config.toString());
    }

    @Test
    void buildsAMigratorWithTheSettings() throws Exception {
        MigrateConfig config = plugin().set(ConfigKey.URL, "jdbc:h2:mem:config_" + System.nanoTime() + ";DB_CLOSE_DELAY=-1")
                .set(ConfigKey.USER, "sa").set(ConfigKey.PASSWORD, "")
                .set(ConfigKey.VERSION_TABLE, "cfg_version").build();

        try (Migrator migrator = config.migrator().classLoader(new IndexClassLoader(ShopIndex.class)).build()) {
            assertEquals(java.util.List.of("a1", "b2", "c3"), migrator.upgrade("heads"));
            assertEquals(java.util.List.of("c3"), migrator.current());
        }
    }
}
