package dev.migrate.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.internal.db.Dialects;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.engine.RecordedRevision;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link HistoryTable#scanRevisions}, the status's one scan of the history, against the queries it
 * stands in for ({@link HistoryTable#recordedRevisions} and {@link HistoryTable#appliedChecksums},
 * whose rows {@link HistoryTable#changedChecksums} compares, and {@link HistoryTable#failedRevisions},
 * which it says whether to run), which the other commands still run:
 * on a history with every kind of row that changes the answer, and on random ones.
 */
class RecordedHistoryTest {

    private static final TableNames NAMES = TableNames.defaults();

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void oneScanTellsWhatTheTwoQueriesTellOfATrickyHistory(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            HistoryTable history = created(c);
            Rows rows = new Rows(c, true);
            // a: upgraded with a lineage, downgraded, upgraded again without one and another checksum, then accepted.
            rows.add("a", "upgrade", "applied", "a1", "La");
            rows.add("a", "downgrade", "applied", null, null);
            rows.add("a", "upgrade", "applied", "a2", null);
            rows.add("a", "checksum", "accepted", "a3", null);
            // b: a failed downgrade after the applied upgrade hides its checksum, not its record.
            rows.add("b", "upgrade", "applied", "b1", "Lb");
            rows.add("b", "downgrade", "failed", null, null);
            // c: a seed of the same name after the upgrade is no revision's row.
            rows.add("c", "upgrade", "applied", "c1", "Lc");
            rows.add("c", "seed", "loaded", "s1", null);
            // d: stamped, a checksum no step checks; e: downgraded.
            rows.add("d", "stamp", "applied", "d1", "Ld");
            rows.add("e", "upgrade", "applied", "e1", "Le");
            rows.add("e", "downgrade", "applied", "e1", null);
            // f: interrupted; g: failed, resolved, then applied without lineage.
            rows.add("f", "upgrade", "running", "f1", "Lf");
            rows.add("g", "upgrade", "failed", "g1", "Lg");
            rows.add("g", "upgrade", "rolled_back", null, null);
            rows.add("g", "upgrade", "applied", "g2", null);
            // h: accepted without a checksum; i: accepted, then a failed step; j: lineage replaced.
            rows.add("h", "upgrade", "applied", "h1", null);
            rows.add("h", "checksum", "accepted", null, null);
            rows.add("i", "upgrade", "applied", "i1", "Li");
            rows.add("i", "checksum", "accepted", "i2", null);
            rows.add("i", "upgrade", "failed", "i3", null);
            rows.add("j", "upgrade", "applied", "j1", "Lj1");
            rows.add("j", "upgrade", "applied", "j2", "Lj2");
            // K and k: two revisions, which MySQL's default collation would take for one; so are Q, failed, and q.
            rows.add("K", "upgrade", "applied", "K1", "LK");
            rows.add("k", "upgrade", "applied", "k1", "Lk");
            rows.add("Q", "upgrade", "failed", "Q1", "LQ");
            rows.add("q", "upgrade", "applied", "q1", "Lq");
            // s: only a seed's rows.
            rows.add("s", "seed", "loaded", "s1", null);
            rows.add("s", "seed", "cleaned", null, null);

            RecordedHistory scanned = history.scanRevisions(c, true);
            assertEquals(Map.of("a", "a3", "c", "c1", "g", "g2", "j", "j2", "K", "K1", "k", "k1", "q", "q1"),
                    scanned.checksums());
            assertEquals(Set.of("b", "f", "i", "Q"), scanned.unfinished());
            Map<String, RecordedRevision> recorded = new HashMap<>();
            recorded.put("a", new RecordedRevision(true, "La"));
            recorded.put("b", new RecordedRevision(true, "Lb"));
            recorded.put("c", new RecordedRevision(true, "Lc"));
            recorded.put("d", new RecordedRevision(true, "Ld"));
            recorded.put("e", new RecordedRevision(false, "Le"));
            recorded.put("g", new RecordedRevision(true, null));
            recorded.put("h", new RecordedRevision(true, null));
            recorded.put("i", new RecordedRevision(true, "Li"));
            recorded.put("j", new RecordedRevision(true, "Lj2"));
            recorded.put("K", new RecordedRevision(true, "LK"));
            recorded.put("k", new RecordedRevision(true, "Lk"));
            recorded.put("q", new RecordedRevision(true, "Lq"));
            assertEquals(recorded, scanned.recorded());
            assertSameAsTheQueries(history, c);
            assertEquals(List.of("a", "g", "j"), scanned.changedChecksums(id -> id.equals("c") ? "c1" : id + "1"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void oneScanTellsWhatTheTwoQueriesTellOfRandomHistories(DatabaseKind kind) throws Exception {
        String[] directions = {"upgrade", "upgrade", "downgrade", "stamp", "checksum", "seed"};
        String[] statuses = {"applied", "applied", "failed", "running", "rolled_back", "accepted", "loaded", "cleaned"};
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            HistoryTable history = created(c);
            for (int seed = 0; seed < 20; seed++) {
                Random random = new Random(seed);
                Rows rows = new Rows(c, true);
                for (int i = 0; i < 60; i++) {
                    rows.add("r" + random.nextInt(6), pick(random, directions), pick(random, statuses),
                            random.nextInt(4) == 0 ? null : "c" + random.nextInt(3),
                            random.nextBoolean() ? null : "L" + random.nextInt(3));
                }
                assertSameAsTheQueries(history, c);
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM " + history.qualifiedName());
                }
            }
        }
    }

    /** The previous release's layout, without the lineage column: the checksums alone, as status reads them there. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void checksumsAloneWithoutTheLineageColumn(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            HistoryTable history = created(c);
            try (Statement s = c.createStatement()) {
                s.execute("ALTER TABLE " + history.qualifiedName() + " DROP COLUMN " + HistoryTable.LINEAGE);
            }
            Rows rows = new Rows(c, false);
            rows.add("a", "upgrade", "applied", "a1", null);
            rows.add("a", "checksum", "accepted", "a2", null);
            rows.add("b", "upgrade", "applied", "b1", null);
            rows.add("b", "downgrade", "applied", null, null);
            rows.add("c", "upgrade", "applied", "c1", null);

            RecordedHistory scanned = history.scanRevisions(c, false);
            assertEquals(Map.of("a", "a2", "c", "c1"), scanned.checksums());
            assertEquals(history.appliedChecksums(c), scanned.checksums());
            assertEquals(Map.of(), scanned.recorded());
            assertFalse(scanned.unfinishedSteps());
            rows.add("c", "upgrade", "failed", "c2", null);
            assertTrue(history.scanRevisions(c, false).unfinishedSteps());
            rows.add("c", "checksum", "accepted", "c3", null);
            assertTrue(history.scanRevisions(c, false).unfinishedSteps(), "an accepted checksum is no step");
            rows.add("c", "upgrade", "applied", "c3", null);
            assertFalse(history.scanRevisions(c, false).unfinishedSteps());
        }
    }

    private static HistoryTable created(Connection c) {
        HistoryTable history = new HistoryTable(Dialects.of(c), NAMES);
        history.create(c);
        return history;
    }

    private static void assertSameAsTheQueries(HistoryTable history, Connection c) {
        RecordedHistory scanned = history.scanRevisions(c, true);
        assertEquals(history.recordedRevisions(c), scanned.recorded());
        assertEquals(history.appliedChecksums(c), scanned.checksums());
        assertEquals(scanned.checksums(), history.scanRevisions(c, false).checksums());
        assertEquals(history.changedChecksums(c, id -> "c1"), scanned.changedChecksums(id -> "c1"));
        Set<String> failures = history.failedRevisions(c).stream().map(RevisionState::revision)
                .collect(Collectors.toSet());
        assertEquals(failures, scanned.unfinished());
        assertEquals(failures, history.scanRevisions(c, false).unfinished());
        assertEquals(!failures.isEmpty(), scanned.unfinishedSteps());
    }

    private static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** Inserts history rows in order, with the columns the scan reads and dummies for the others. */
    private record Rows(Connection connection, boolean lineage) {

        void add(String revision, String direction, String status, String checksum, String lineageText)
                throws Exception {
            String table = Dialects.of(connection).qualify(null, NAMES.historyTable());
            String sql = "INSERT INTO " + table + " (revision, direction, message, checksum, status, started_at,"
                    + " duration_ms, error, installed_by, in_transaction" + (lineage ? ", lineage" : "")
                    + ") VALUES (?, ?, 'm', ?, ?, CURRENT_TIMESTAMP, 1, NULL, 'tester', TRUE"
                    + (lineage ? ", ?" : "") + ")";
            try (PreparedStatement s = connection.prepareStatement(sql)) {
                s.setString(1, revision);
                s.setString(2, direction);
                s.setString(3, checksum);
                s.setString(4, status);
                if (lineage) {
                    s.setString(5, lineageText);
                }
                s.executeUpdate();
            }
        }
    }
}
