package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.internal.sql.ScriptSplitter;
import dev.migrate.internal.sql.ScriptSyntax;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An offline script stops before its first revision unless the version table holds exactly the
 * rows it starts from: run twice, its data revision does not insert twice. Scripts are run as a
 * DBA's client runs them, statement by statement in auto-commit mode, stopping at the first error.
 */
class OfflineScriptGuardTest {

    private static Migrator.Builder builder() {
        return Migrator.builder().classLoader(new IndexClassLoader(DataRevisionIndex.class));
    }

    private static SqlScripts scripts(DatabaseKind kind) {
        return builder().sqlScripts(OfflineSqlTest.dialect(kind));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aScriptFromBaseRunTwiceStopsBeforeItsFirstRevision(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            String script = scripts(kind).upgrade("base:heads");
            run(db, kind, script);
            assertEquals(List.of("first"), visits(db));

            SQLException stopped = assertThrows(SQLException.class, () -> run(db, kind, script));
            assertTrue(stopped.getMessage().contains("this script starts from base (no rows) but the version table "
                    + "migrate_version holds d2"), stopped.getMessage());
            assertEquals(List.of("first"), visits(db), "the data revision did not run again");
            assertEquals(2, count(db, "migrate_history"), "no history row was added");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aScriptFromARevisionRunsOnlyWhereTheTableHoldsExactlyThatRevision(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = builder().dataSource(db.dataSource()).build()) {
            migrator.upgrade("d1");
            String script = scripts(kind).upgrade("d1:heads");
            // Not fooled by a partial match: the expected row with another, or another alone.
            for (String rows : List.of("'d1'), ('zzz9'", "'zzz9'")) {
                execute(db, "DELETE FROM migrate_version");
                execute(db, "INSERT INTO migrate_version (version_num) VALUES (" + rows + ")");
                SQLException stopped = assertThrows(SQLException.class, () -> run(db, kind, script));
                String found = rows.contains("d1") ? "d1, zzz9" : "zzz9";
                assertTrue(stopped.getMessage().contains("this script starts from d1 but the version table"
                        + " migrate_version holds " + found), stopped.getMessage());
                assertEquals(List.of(), visits(db));
            }
            if (kind == DatabaseKind.MYSQL) {
                // MySQL compares strings without case by default; the check compares bytes.
                execute(db, "DELETE FROM migrate_version");
                execute(db, "INSERT INTO migrate_version (version_num) VALUES ('D1')");
                SQLException stopped = assertThrows(SQLException.class, () -> run(db, kind, script));
                assertTrue(stopped.getMessage().contains("holds D1"), stopped.getMessage());
            }
            execute(db, "DELETE FROM migrate_version");
            execute(db, "INSERT INTO migrate_version (version_num) VALUES ('d1')");

            run(db, kind, script);
            assertEquals(List.of("first"), visits(db));
            assertEquals(List.of("d2"), migrator.current());

            SQLException stopped = assertThrows(SQLException.class, () -> run(db, kind, script));
            assertTrue(stopped.getMessage().contains("this script starts from d1 but the version table migrate_version"
                    + " holds d2"), stopped.getMessage());
            assertEquals(List.of("first"), visits(db), "the data revision did not run again");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aScriptWrittenFromTheDatabaseChecksTheRowsItWasWrittenFrom(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = builder().dataSource(db.dataSource()).build()) {
            migrator.upgrade("d1");
            String up = migrator.upgradeSql("heads");
            migrator.upgrade("heads");
            SQLException stopped = assertThrows(SQLException.class, () -> run(db, kind, up));
            assertTrue(stopped.getMessage().contains("this script starts from d1 but the version table migrate_version"
                    + " holds d2"), stopped.getMessage());
            assertEquals(List.of("first"), visits(db));

            String down = migrator.downgradeSql("d1");
            run(db, kind, down);
            assertEquals(List.of(), visits(db));
            assertEquals(List.of("d1"), migrator.current());
        }
    }

    /**
     * Statement by statement in auto-commit mode, stopping at the first failure, as psql -v ON_ERROR_STOP=1
     * and mysql do.
     */
    private static void run(TestDatabase db, DatabaseKind kind, String script) throws SQLException {
        ScriptSyntax syntax = switch (kind) {
            case H2 -> ScriptSyntax.H2;
            case POSTGRESQL -> ScriptSyntax.POSTGRESQL;
            case MYSQL -> ScriptSyntax.MYSQL;
        };
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String statement : ScriptSplitter.split(script, syntax)) {
                s.execute(statement);
            }
        }
    }

    private static void execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> visits(TestDatabase db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT note FROM visits ORDER BY note")) {
            List<String> notes = new ArrayList<>();
            while (r.next()) {
                notes.add(r.getString(1));
            }
            return notes;
        }
    }

    private static int count(TestDatabase db, String table) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            r.next();
            return r.getInt(1);
        }
    }
}
