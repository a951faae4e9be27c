package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.internal.sql.ScriptSplitter;
import dev.migrate.internal.sql.ScriptSyntax;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.SchemaSnapshot;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The offline script does what the online run does: a booking schema of twelve revisions upgraded
 * online in one database, and by its script (applied statement by statement with JDBC) in another,
 * gives the same schema, version rows, history and data; and the same for the downgrade to base.
 */
class OfflineSqlTest {

    private static final List<String> ALL = List.of("b01", "b02", "b03", "b04", "b05", "b06", "b07", "b08", "b09",
            "b10", "b11", "b12");

    private static Migrator.Builder builder() {
        return Migrator.builder().classLoader(new IndexClassLoader(BookingIndex.class));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void theScriptBuildsWhatTheOnlineRunBuilds(DatabaseKind kind) throws Exception {
        try (TestDatabase online = TestDatabase.open(kind); TestDatabase offline = TestDatabase.open(kind);
                Migrator migrator = builder().dataSource(online.dataSource()).build();
                Migrator scripted = builder().dataSource(offline.dataSource()).build()) {
            assertEquals(ALL, migrator.upgrade("heads"));
            apply(offline, kind, builder().sqlScripts(dialect(kind)).upgrade("base:heads"));

            Map<String, Object> schema = describe(online, kind);
            assertEquals(schema, describe(offline, kind));
            assertTrue(schema.toString().contains("display_name"), schema.toString());
            assertEquals(List.of("b12"), scripted.current(), "the migrator reads the script's version rows");
            assertEquals(history(online.dataSource()), history(offline.dataSource()));
            assertEquals(12, history(offline.dataSource()).size());
            assertEquals("-- migrate upgrade b12:heads (" + dialectName(kind) + ")\n\n", scripted.upgradeSql("heads"),
                    "nothing left to do");

            List<String> down = new ArrayList<>(ALL);
            Collections.reverse(down);
            assertEquals(down, migrator.downgrade("base"));
            // From the database's own rows this time.
            apply(offline, kind, scripted.downgradeSql("base"));

            Map<String, Object> empty = describe(online, kind);
            assertEquals(empty, describe(offline, kind));
            assertEquals("{}", empty.toString(), "only the bookkeeping tables remain");
            assertEquals(List.of(), scripted.current());
            assertEquals(history(online.dataSource()), history(offline.dataSource()));
            assertEquals(24, history(offline.dataSource()).size());
        }
    }

    static String dialect(DatabaseKind kind) {
        return switch (kind) {
            case H2 -> "h2";
            case POSTGRESQL -> "postgresql";
            case MYSQL -> "mariadb";
        };
    }

    private static String dialectName(DatabaseKind kind) {
        return kind == DatabaseKind.MYSQL ? "MySQL/MariaDB" : kind == DatabaseKind.H2 ? "H2" : "PostgreSQL";
    }

    /** Runs a script as a DBA's client would: statement by statement, in auto-commit mode, BEGIN and COMMIT included. */
    private static void apply(TestDatabase db, DatabaseKind kind, String script) throws SQLException {
        ScriptSyntax syntax = switch (kind) {
            case H2 -> ScriptSyntax.H2;
            case POSTGRESQL -> ScriptSyntax.POSTGRESQL;
            case MYSQL -> ScriptSyntax.MYSQL;
        };
        List<String> statements = ScriptSplitter.split(script, syntax);
        assertTrue(statements.size() > 12, script);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    /** Every table but the bookkeeping ones: columns, indexes, foreign keys, constraints and rows. */
    private static Map<String, Object> describe(TestDatabase db, DatabaseKind kind) throws SQLException {
        Map<String, Object> tables = new TreeMap<>();
        try (Connection c = db.dataSource().getConnection()) {
            SchemaSnapshot schema = SchemaSnapshot.of(c, kind);
            for (String name : schema.objects()) {
                if (name.startsWith("migrate_")) {
                    continue;
                }
                Map<String, Object> table = new LinkedHashMap<>();
                table.put("columns", schema.columns(name));
                table.put("indexes", schema.indexes(name));
                table.put("foreignKeys", schema.foreignKeys(name));
                for (String type : List.of("PRIMARY KEY", "UNIQUE", "CHECK", "FOREIGN KEY")) {
                    table.put(type, generic(schema.constraints(name, type)));
                }
                if (!schema.columns(name).isEmpty()) {
                    table.put("rows", rows(c, name));
                }
                tables.put(name, table);
            }
        }
        return tables;
    }

    /** Names H2 made up (CONSTRAINT_5A), which count up over the whole database, as one placeholder. */
    private static List<String> generic(Set<String> names) {
        return names.stream().map(n -> n.matches("constraint_[0-9a-f]+") ? "constraint_(generated)" : n).toList();
    }

    private static List<List<String>> rows(Connection c, String table) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(r.getString(i));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    /** The history rows' revision, direction, status and transaction flag, in order. */
    private static List<String> history(DataSource data) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = data.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT revision, direction, status, in_transaction, installed_by IS NULL"
                        + " FROM migrate_history ORDER BY id")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getBoolean(4) + " "
                        + r.getBoolean(5));
            }
        }
        return rows;
    }

}
