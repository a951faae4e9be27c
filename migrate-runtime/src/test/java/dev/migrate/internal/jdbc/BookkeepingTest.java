package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.Dialects;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.engine.RowChange;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every shape of row changes a step or a stamp makes, recorded with its history rows: in one
 * request on PostgreSQL, statement by statement elsewhere, with the same outcome.
 */
class BookkeepingTest {

    private static final TableNames NAMES = TableNames.defaults();

    private record Tables(Connection connection, Dialect dialect, TableNames names, VersionTable versions,
            Bookkeeping bookkeeping) {

        static Tables on(Connection c, String... rows) {
            return on(c, NAMES, rows);
        }

        static Tables on(Connection c, TableNames names, String... rows) {
            Dialect dialect = Dialects.of(c);
            VersionTable versions = new VersionTable(dialect, names);
            HistoryTable history = new HistoryTable(dialect, names);
            versions.create(c);
            history.create(c);
            versions.apply(c, List.of(rows).stream().map(r -> (RowChange) new RowChange.Insert(r)).toList());
            return new Tables(c, dialect, names, versions, new Bookkeeping(dialect, versions, history, new StatementCache(c)));
        }

        /** Records in a transaction of its own, committed, or rolled back on failure. */
        void record(List<RowChange> changes, String... revisions) throws Exception {
            connection.setAutoCommit(false);
            try {
                bookkeeping.record(connection, changes, rows(revisions), "tester");
                connection.commit();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        }

        Set<String> versionRows() {
            return versions.read(connection);
        }

        List<String> historyRevisions() throws Exception {
            return Fixtures.historyRows(connection, dialect, names).stream()
                    .map(row -> (String) row.get("revision")).toList();
        }
    }

    private static List<HistoryRow> rows(String... revisions) {
        return List.of(revisions).stream()
                .map(r -> new HistoryRow(r, HistoryDirection.UPGRADE, "message of " + r, "c0ffee" + r,
                        HistoryStatus.APPLIED, Instant.parse("2026-01-01T00:00:00Z"), 7, null, true, "a0"))
                .toList();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aLinearStepUpdatesItsRowAndRecordsEveryColumn(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Tables t = Tables.on(c, "a1");
            t.record(List.of(new RowChange.Update("a1", "b2")), "b2");

            assertEquals(Set.of("b2"), t.versionRows());
            List<Map<String, Object>> rows = Fixtures.historyRows(c, t.dialect(), NAMES);
            assertEquals(1, rows.size());
            Map<String, Object> row = rows.get(0);
            assertEquals("b2", row.get("revision"));
            assertEquals("upgrade", row.get("direction"));
            assertEquals("message of b2", row.get("message"));
            assertEquals("c0ffeeb2", row.get("checksum"));
            assertEquals("applied", row.get("status"));
            assertEquals(Instant.parse("2026-01-01T00:00:00Z"), row.get("started_at"));
            assertEquals(7L, row.get("duration_ms"));
            assertEquals(null, row.get("error"));
            assertEquals("tester", row.get("installed_by"));
            assertEquals(true, row.get("in_transaction"));
        }
    }

    /** A merge deletes the rows of all but one merged branch and moves the last one up. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aMergeDeletesAndUpdates(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Tables t = Tables.on(c, "left", "middle", "right", "other");
            t.record(List.of(new RowChange.Delete("left"), new RowChange.Delete("middle"),
                    new RowChange.Update("right", "merged")), "merged");

            assertEquals(Set.of("merged", "other"), t.versionRows());
            assertEquals(List.of("merged"), t.historyRevisions());
        }
    }

    /** Reverting a merge gives the branches their rows back. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void anUnmergeInsertsAndUpdates(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Tables t = Tables.on(c, "merged");
            t.record(List.of(new RowChange.Insert("left"), new RowChange.Update("merged", "right")), "merged");

            assertEquals(Set.of("left", "right"), t.versionRows());
            assertEquals(List.of("merged"), t.historyRevisions());
        }
    }

    /** A stamp names several revisions: their rows keep their order. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aStampRecordsSeveralRowsInOrder(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Tables t = Tables.on(c);
            t.record(List.of(new RowChange.Insert("e1"), new RowChange.Insert("f1"), new RowChange.Insert("g1")),
                    "g1", "e1", "f1");

            assertEquals(Set.of("e1", "f1", "g1"), t.versionRows());
            assertEquals(List.of("g1", "e1", "f1"), t.historyRevisions());
        }
    }

    /** A purge then a stamp of the same revision names one version twice: still done in order. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aVersionNamedTwiceIsChangedInOrder(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Tables t = Tables.on(c, "a1", "b1");
            t.record(List.of(new RowChange.Delete("a1"), new RowChange.Delete("b1"), new RowChange.Insert("a1")), "a1");

            assertEquals(Set.of("a1"), t.versionRows());
            assertEquals(List.of("a1"), t.historyRevisions());
        }
    }

    /** Row changes alone, as a stamp to base makes them, and history rows alone. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void changesWithoutRowsAndRowsWithoutChanges(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Tables t = Tables.on(c, "a1");
            t.record(List.of(new RowChange.Delete("a1")));
            assertEquals(Set.of(), t.versionRows());
            assertEquals(List.of(), t.historyRevisions());

            t.record(List.of(), "a1");
            assertEquals(Set.of(), t.versionRows());
            assertEquals(List.of("a1"), t.historyRevisions());
        }
    }

    /**
     * Whichever change of a merge finds its row gone, the step fails with the version table's own
     * message naming that change, and the caller's rollback leaves nothing recorded.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aChangeThatMatchesNoRowIsNamedAndNothingIsRecorded(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Tables t = Tables.on(c, "left", "right");
            String table = t.dialect().qualify(null, NAMES.versionTable());
            List<List<RowChange>> broken = List.of(
                    List.of(new RowChange.Delete("gone"), new RowChange.Update("right", "merged")),
                    List.of(new RowChange.Delete("left"), new RowChange.Update("gone", "merged")));
            List<String> named = List.of("delete version gone", "update version gone to merged");
            for (int i = 0; i < broken.size(); i++) {
                c.setAutoCommit(false);
                List<RowChange> changes = broken.get(i);
                MigrationException e = assertThrows(MigrationException.class,
                        () -> t.bookkeeping().record(c, changes, rows("merged"), "tester"));
                assertEquals("Expected to " + named.get(i) + " in the version table " + table + ", but 0 rows"
                        + " matched. Another migration run or a hand edit changed the version table concurrently;"
                        + " check its rows and run the command again.", e.getMessage());
                c.rollback();
                c.setAutoCommit(true);
                assertEquals(Set.of("left", "right"), t.versionRows());
                assertEquals(List.of(), t.historyRevisions());
            }
        }
    }

    /** Several statements in one request must not be cut at a semicolon inside a quoted name. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void namesWithSemicolonsAndQuestionMarks(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Tables t = Tables.on(c, new TableNames(null, "odd;version?", "odd;history?"), "left", "right");
            t.record(List.of(new RowChange.Delete("left"), new RowChange.Update("right", "merged")), "merged");

            assertEquals(Set.of("merged"), t.versionRows());
            assertEquals(List.of("merged"), t.historyRevisions());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void anInsertOfAnExistingVersionFails(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Tables t = Tables.on(c, "left", "merged");
            MigrationException e = assertThrows(MigrationException.class, () -> t.record(
                    List.of(new RowChange.Insert("left"), new RowChange.Update("merged", "right")), "merged"));

            assertTrue(e.getMessage().contains("insert version left"), e.getMessage());
            assertTrue(e.getMessage().contains(t.dialect().qualify(null, NAMES.versionTable())), e.getMessage());
            assertEquals(Set.of("left", "merged"), t.versionRows());
            assertEquals(List.of(), t.historyRevisions());
        }
    }
}
