package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.SchemaSnapshot;
import dev.migrate.testing.SchemaSnapshot.ColumnInfo;
import dev.migrate.testing.SchemaSnapshot.ForeignKeyInfo;
import dev.migrate.testing.SchemaSnapshot.IndexInfo;
import dev.migrate.testing.TestDatabase;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Revisions written with the schema API run unchanged on H2, PostgreSQL and MariaDB: the schema
 * they leave, read back from the database's metadata, is the one they describe, and downgrading
 * to base leaves nothing but the bookkeeping tables.
 */
class SchemaOpsTest {

    private static Migrator migrator(TestDatabase db) {
        return Migrator.builder().dataSource(db.dataSource()).classLoader(new IndexClassLoader(SchemaOpsIndex.class))
                .build();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void upgradeBuildsTheSchemaAndDowngradeRemovesIt(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = migrator(db);
                Connection c = db.dataSource().getConnection()) {
            assertEquals(List.of("o1", "o2", "o3", "o4", "o5", "o6"), migrator.upgrade("heads"));
            SchemaSnapshot schema = SchemaSnapshot.of(c, kind);

            assertTables(schema);
            assertUsersColumns(schema, kind);
            assertEveryType(schema, kind);
            assertIndexesAndConstraints(schema, kind);
            assertData(c, kind);

            assertEquals(List.of("o6", "o5", "o4", "o3", "o2", "o1"), migrator.downgrade("base"));
            Set<String> left = schema.objects().stream().filter(name -> !name.startsWith("migrate_"))
                    .collect(Collectors.toSet());
            assertEquals(Set.of(), left, "only the bookkeeping tables (and their indexes) remain");

            // And up again: every downgrade restored what its upgrade expects.
            assertEquals(6, migrator.upgrade("heads").size());
            assertTrue(schema.objects().contains("archive"));
        }
    }

    private static void assertTables(SchemaSnapshot schema) throws SQLException {
        Set<String> objects = schema.objects();
        for (String table : List.of("orgs", "users", "every_type", "tags", "user_tags", "probe", "archive",
                "user_report")) {
            assertTrue(objects.contains(table), table + " in " + objects);
        }
        assertFalse(objects.contains("legacy"), "renamed to archive");
    }

    private static void assertUsersColumns(SchemaSnapshot schema, DatabaseKind kind) throws SQLException {
        Map<String, ColumnInfo> users = schema.columns("users");
        assertEquals(Set.of("id", "org_id", "email", "active", "score", "motto", "born", "theme", "created_at", "handle",
                "age"),
                users.keySet());
        assertTrue(users.get("id").autoIncrement(), "identity");
        assertFalse(users.get("id").nullable());
        assertEquals(320, users.get("email").size(), "type changed to varchar(320)");
        assertFalse(users.get("email").nullable(), "still NOT NULL after the type change");
        assertEquals(20, users.get("handle").size(), "renamed from nickname, type kept");
        assertFalse(users.get("handle").nullable(), "made NOT NULL");
        assertTrue(users.get("age").defaultValue().contains("18"), users.get("age").toString());
        assertEquals(null, users.get("theme").defaultValue(), "default dropped");
        assertTrue(users.get("active").defaultValue() != null, "boolean default");
        assertTrue(users.get("created_at").defaultValue().toLowerCase().contains("current_timestamp")
                || users.get("created_at").defaultValue().toLowerCase().contains("now()"), users.get("created_at").toString());
        assertTrue(users.get("motto").nullable());
        assertEquals(7, users.get("score").size(), "decimal(7, 2)");
    }

    /** Each portable type has the documented name on each database. */
    private static void assertEveryType(SchemaSnapshot schema, DatabaseKind kind) throws SQLException {
        Map<String, String> actual = new TreeMap<>();
        schema.columns("every_type").forEach((name, column) -> actual.put(name, column.typeName()));
        Map<String, String> expected = new TreeMap<>(switch (kind) {
            case POSTGRESQL -> Map.ofEntries(Map.entry("i", "int4"), Map.entry("b", "int8"), Map.entry("s", "int2"),
                    Map.entry("v", "varchar"), Map.entry("t", "text"), Map.entry("f", "bool"),
                    Map.entry("d", "numeric"), Map.entry("day", "date"), Map.entry("at_time", "time"),
                    Map.entry("ts", "timestamp"), Map.entry("tstz", "timestamptz"), Map.entry("u", "uuid"),
                    Map.entry("j", "jsonb"), Map.entry("bin", "bytea"), Map.entry("r", "bpchar"));
            case MYSQL -> Map.ofEntries(Map.entry("i", "int"), Map.entry("b", "bigint"), Map.entry("s", "smallint"),
                    Map.entry("v", "varchar"), Map.entry("t", "longtext"), Map.entry("f", "bit"),
                    Map.entry("d", "decimal"), Map.entry("day", "date"), Map.entry("at_time", "time"),
                    Map.entry("ts", "datetime"), Map.entry("tstz", "datetime"), Map.entry("u", "char"),
                    Map.entry("j", "longtext"), Map.entry("bin", "longblob"), Map.entry("r", "char"));
            case H2 -> Map.ofEntries(Map.entry("i", "integer"), Map.entry("b", "bigint"), Map.entry("s", "smallint"),
                    Map.entry("v", "character varying"), Map.entry("t", "character varying"),
                    Map.entry("f", "boolean"), Map.entry("d", "numeric"), Map.entry("day", "date"),
                    Map.entry("at_time", "time"), Map.entry("ts", "timestamp"),
                    Map.entry("tstz", "timestamp with time zone"), Map.entry("u", "uuid"), Map.entry("j", "json"),
                    Map.entry("bin", "binary varying"), Map.entry("r", "character"));
        });
        assertEquals(expected, actual);
    }

    private static void assertIndexesAndConstraints(SchemaSnapshot schema, DatabaseKind kind) throws SQLException {
        Map<String, IndexInfo> indexes = schema.indexes("users");
        assertEquals(new IndexInfo(false, List.of("created_at")), indexes.get("ix_users_created_at"), indexes.toString());
        assertEquals(new IndexInfo(true, List.of("handle")), indexes.get("ux_users_handle"), indexes.toString());
        assertEquals(Set.of("ck_users_age", "ck_users_score"), schema.constraints("users", "CHECK"));
        // MySQL lists a unique index among the unique constraints.
        assertEquals(kind == DatabaseKind.MYSQL ? Set.of("uq_users_org_id_email", "ux_users_handle")
                : Set.of("uq_users_org_id_email"), schema.constraints("users", "UNIQUE"));
        assertEquals(Set.of("uq_orgs_name"), schema.constraints("orgs", "UNIQUE"));
        assertEquals(Set.of("uq_tags_label"), schema.constraints("tags", "UNIQUE"));
        assertEquals(Map.of("fk_users_org_id_orgs", new ForeignKeyInfo(List.of("org_id"), "orgs", List.of("id"),
                DatabaseMetaData.importedKeyCascade)), schema.foreignKeys("users"));
        Map<String, ForeignKeyInfo> userTags = schema.foreignKeys("user_tags");
        assertEquals(Set.of("fk_user_tags_user_id_users", "fk_user_tags_tag_id_tags"), userTags.keySet());
        assertEquals(DatabaseMetaData.importedKeyCascade, userTags.get("fk_user_tags_user_id_users").deleteRule());
        assertEquals("users", userTags.get("fk_user_tags_user_id_users").referencedTable());
    }

    private static void assertData(Connection c, DatabaseKind kind) throws SQLException {
        try (Statement s = c.createStatement()) {
            assertEquals(1203L, count(s, "SELECT COUNT(*) FROM tags"), "2 from maps, 1200 in batches, 1 from the script");
            assertEquals("a;b 'quoted'", string(s, "SELECT label FROM tags WHERE id = 2"));
            assertEquals("semi;colon 'quoted'", string(s, "SELECT label FROM tags WHERE id = 3"));
            assertEquals("ann@example.com", string(s, "SELECT email FROM users"), "the data migration ran");
            assertEquals("ann@example.com|acme", string(s, "SELECT email || '|' || org_name FROM user_report"
                    .replace("email || '|' || org_name", kind == DatabaseKind.MYSQL
                            ? "CONCAT(email, '|', org_name)" : "email || '|' || org_name")));
            assertEquals(2L, count(s, "SELECT COUNT(*) FROM user_tags"));
            try (ResultSet r = s.executeQuery("SELECT active, score, motto, born, age, created_at FROM users")) {
                r.next();
                assertTrue(r.getBoolean(1), "default true");
                assertEquals(new BigDecimal("1.50"), r.getBigDecimal(2));
                assertEquals("it's a \\ backslash", r.getString(3), "the literal default, quote and backslash exact");
                assertEquals("2000-01-31", r.getString(4));
                assertEquals(18, r.getInt(5));
                assertTrue(r.getObject(6) != null, "current timestamp default");
            }
            Map<String, Boolean> answers = new LinkedHashMap<>();
            try (ResultSet r = s.executeQuery("SELECT question, answer FROM probe")) {
                while (r.next()) {
                    answers.put(r.getString(1), r.getBoolean(2));
                }
            }
            Map<String, Boolean> expected = new TreeMap<>(Map.of("tableExists(users)", true, "tableExists(nope)", false,
                    "tableExists(user_tag_)", false, "tableExists(user_tags)", true,
                    "columnExists(users, handle)", true, "columnExists(users, note)", false,
                    "columnExists(nope, id)", false, "indexExists(users, ix_users_created_at)", true,
                    "indexExists(users, nope)", false, "indexExists(nope, ix_users_created_at)", false));
            assertEquals(expected, new TreeMap<>(answers));
            try (ResultSet r = s.executeQuery("SELECT token, at FROM probe WHERE question = 'tableExists(users)'")) {
                r.next();
                assertEquals("0f8fad5b-d9cb-469f-a165-70867728950e", r.getString(1));
                Instant at = kind == DatabaseKind.MYSQL
                        ? r.getObject(2, LocalDateTime.class).toInstant(ZoneOffset.UTC)
                        : r.getObject(2, OffsetDateTime.class).toInstant();
                assertEquals(Instant.parse("2024-05-06T05:08:09.123456Z"), at, "the instant kept, in UTC on MySQL");
            }
            assertThrows(SQLException.class, () -> s.executeUpdate("UPDATE users SET age = -1"), "the check holds");
            assertThrows(SQLException.class, () -> s.executeUpdate(
                    "INSERT INTO users (org_id, email, handle) SELECT org_id, email, 'other' FROM users"),
                    "unique (org_id, email) holds");
        }
    }

    private static long count(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static String string(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getString(1);
        }
    }
}
