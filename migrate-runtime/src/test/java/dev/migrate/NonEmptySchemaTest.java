package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.report.CommandNames;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.SchemaSnapshot;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An upgrade of a schema that holds tables but no version table (a database that predates migrate)
 * is refused before anything is written, unless allowed or the tables are listed as not migrate's;
 * on H2, PostgreSQL and MariaDB, each test in a schema (database) of its own.
 */
class NonEmptySchemaTest {

    private static final CommandNames FRONT_END = new FrontEndNames();

    private static Migrator.Builder builder(DataSource dataSource) {
        return Migrator.builder().dataSource(dataSource).classLoader(new IndexClassLoader(ShopIndex.class));
    }

    private static void execute(DataSource dataSource, String... sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : sql) {
                s.execute(statement);
            }
        }
    }

    private static Set<String> objects(TestDatabase db) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            return SchemaSnapshot.of(c, db.kind()).objects();
        }
    }

    /** A schema that predates migrate: the table of the first revision, and one of its own. */
    private static void legacySchema(DataSource dataSource) throws SQLException {
        execute(dataSource, "CREATE TABLE customers (id INT PRIMARY KEY)", "CREATE TABLE legacy_audit (id INT)");
    }

    /** H2 stores unquoted names in upper case; the others as written here. */
    private static String stored(DatabaseKind kind, String name) {
        return kind == DatabaseKind.H2 ? name.toUpperCase(java.util.Locale.ROOT) : name;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void anUpgradeOfASchemaThatPredatesMigrateIsRefusedWithNothingWritten(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            legacySchema(db.dataSource());
            Set<String> before = objects(db);

            try (Migrator migrator = builder(db.dataSource()).commandNames(FRONT_END).build()) {
                MigrationException e = assertThrows(MigrationException.class, () -> migrator.upgrade("heads"));

                String schema = stored(kind, db.schema());
                assertTrue(e.getMessage().startsWith("The schema " + schema + " holds 2 table(s) but no version table"
                        + " migrate_version: " + stored(kind, "customers") + ", " + stored(kind, "legacy_audit")
                        + ". It predates migrate"), e.getMessage());
                assertTrue(e.getMessage().contains("nothing was run or written"), e.getMessage());
                assertTrue(e.getMessage().contains("record the revision it matches without running anything:"
                        + " tool stamp <id> (the id of that revision), then upgrade again"), e.getMessage());
                assertTrue(e.getMessage().contains("set --allow-non-empty-schema; or, if these tables are not"
                        + " migrate's, leave them out with --ignored-tables=" + stored(kind, "customers") + ","
                        + stored(kind, "legacy_audit")), e.getMessage());
                assertEquals(List.of(), migrator.current());
                assertEquals(List.of("a1", "b2", "c3"), migrator.status().pending());
            }
            // No bookkeeping table, no lock table, no failed row: the schema is as it was.
            assertEquals(before, objects(db));
        }
    }

    @Test
    void theJavaApiIsNamedByDefaultAndALongListIsCut() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2)) {
            for (int i = 10; i < 22; i++) {
                execute(db.dataSource(), "CREATE TABLE t" + i + " (id INT)");
            }
            try (Migrator migrator = builder(db.dataSource()).build()) {
                MigrationException e = assertThrows(MigrationException.class, () -> migrator.upgrade("heads"));

                assertTrue(e.getMessage().startsWith("The schema PUBLIC holds 12 table(s) but no version table"
                        + " migrate_version: T10, T11, T12, T13, T14, T15, T16, T17, T18, T19 and 2 more."),
                        e.getMessage());
                assertTrue(e.getMessage().contains(": Migrator.stamp(\"<id>\") (the id"), e.getMessage());
                assertTrue(e.getMessage().contains("set Migrator.Builder.allowNonEmptySchema(true); or"), e.getMessage());
                assertTrue(e.getMessage().endsWith("leave them out with Migrator.Builder.ignoredTables(List.of(\"T10\","
                        + " \"T11\", \"T12\", \"T13\", \"T14\", \"T15\", \"T16\", \"T17\", \"T18\", \"T19\"))"),
                        e.getMessage());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void allowNonEmptySchemaRunsTheRevisionsAnyway(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            execute(db.dataSource(), "CREATE TABLE legacy_audit (id INT)");

            try (Migrator migrator = builder(db.dataSource()).allowNonEmptySchema(true).build()) {
                assertEquals(List.of("a1", "b2", "c3"), migrator.upgrade("heads"));
                assertTrue(migrator.status().upToDate());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void ignoredTablesDoNotCount(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            execute(db.dataSource(), "CREATE TABLE legacy_audit (id INT)", "CREATE TABLE replication_state (id INT)");

            try (Migrator some = builder(db.dataSource()).ignoredTables(List.of("legacy_audit")).build()) {
                MigrationException e = assertThrows(MigrationException.class, () -> some.upgrade("heads"));
                assertTrue(e.getMessage().contains("holds 1 table(s) but no version table migrate_version: "
                        + stored(kind, "replication_state") + ". It predates"), e.getMessage());
                assertEquals(List.of(), some.current());
            }
            // Given as the database stores them, or (on H2) in lower case as migrate's own names are.
            List<String> ignored = List.of(stored(kind, "legacy_audit"), "replication_state");
            try (Migrator all = builder(db.dataSource()).ignoredTables(ignored).build()) {
                assertEquals(List.of("a1", "b2", "c3"), all.upgrade("heads"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void anEmptySchemaUpgradesAsBefore(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = builder(db.dataSource()).build()) {
            assertEquals(List.of("a1", "b2", "c3"), migrator.upgrade("heads"));
            assertEquals(List.of("c3"), migrator.current());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aDatabaseWithTheVersionTableIsUnaffected(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = builder(db.dataSource()).build()) {
            migrator.upgrade("a1");
            execute(db.dataSource(), "CREATE TABLE legacy_audit (id INT)");

            assertEquals(List.of("b2", "c3"), migrator.upgrade("heads"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void stampingTheRevisionTheSchemaMatchesAdoptsIt(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = builder(db.dataSource()).build()) {
            legacySchema(db.dataSource());
            assertThrows(MigrationException.class, () -> migrator.upgrade("heads"));

            migrator.stamp("a1");

            assertEquals(List.of("b2", "c3"), migrator.upgrade("heads"));
            assertTrue(migrator.status().upToDate());
        }
    }

    @Test
    void aTargetWithNothingToRunIsNoReasonToRefuse() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2); Migrator migrator = builder(db.dataSource()).build()) {
            legacySchema(db.dataSource());

            assertEquals(List.of(), migrator.upgrade("base"));
        }
    }

    @Test
    void theConfigurationsMigratorTakesTheSettings() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2)) {
            execute(db.dataSource(), "CREATE TABLE legacy_audit (id INT)");
            MigrateConfig ignoring = MigrateConfig.builder().environment(Map.of("MIGRATE_IGNORED_TABLES", "legacy_audit"))
                    .build();
            MigrateConfig refusing = MigrateConfig.builder().environment(Map.of()).build();

            try (Migrator migrator = refusing.migrator().dataSource(db.dataSource())
                    .classLoader(new IndexClassLoader(ShopIndex.class)).build()) {
                assertThrows(MigrationException.class, () -> migrator.upgrade("heads"));
            }
            try (Migrator migrator = ignoring.migrator().dataSource(db.dataSource())
                    .classLoader(new IndexClassLoader(ShopIndex.class)).build()) {
                assertEquals(List.of("a1", "b2", "c3"), migrator.upgrade("heads"));
            }
        }
    }

    @Test
    void theSettingsComeFromEverySource() {
        MigrateConfig config = MigrateConfig.builder()
                .environment(Map.of("MIGRATE_IGNORED_TABLES", " audit, replication_state ,", "MIGRATE_ALLOW_NON_EMPTY_SCHEMA",
                        "true"))
                .build();

        assertEquals(List.of("audit", "replication_state"), config.ignoredTables());
        assertTrue(config.allowNonEmptySchema());
        MigrateConfig defaults = MigrateConfig.builder().environment(Map.of()).build();
        assertFalse(defaults.allowNonEmptySchema());
        assertEquals(List.of(), defaults.ignoredTables());
        MigrationException e = assertThrows(MigrationException.class, () -> MigrateConfig.builder()
                .environment(Map.of()).naming(key -> "migrate." + key.key())
                .set(ConfigKey.ALLOW_NON_EMPTY_SCHEMA, "yes").build());
        assertEquals("migrate.allowNonEmptySchema is \"yes\"; give true or false", e.getMessage());
    }
}
