package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.Dialects;
import dev.migrate.internal.db.TableNames;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HistoryTableTest {

    private static final TableNames NAMES = TableNames.defaults();

    /**
     * 10,000 rows over 1,000 revisions: the latest state of each comes from one query. Every
     * revision was upgraded (checksum v1), downgraded, upgraded again (v2), and some then failed a
     * downgrade, which keeps the v2 checksum as the applied one.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void latestStatePerRevisionOverALargeHistory(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Dialect dialect = Dialects.of(c);
            HistoryTable history = new HistoryTable(dialect, NAMES);
            history.create(c);
            insertHistory(c, dialect);

            Map<String, RevisionState> states = history.latestByRevision(c);
            assertEquals(1000, states.size());
            RevisionState applied = states.get("r0001");
            assertEquals(HistoryDirection.UPGRADE, applied.direction());
            assertEquals(HistoryStatus.APPLIED, applied.status());
            assertEquals("v2-r0001", applied.appliedChecksum());
            assertNull(applied.error());
            RevisionState failed = states.get("r0000");
            assertEquals(HistoryDirection.DOWNGRADE, failed.direction());
            assertEquals(HistoryStatus.FAILED, failed.status());
            assertEquals("v2-r0000", failed.appliedChecksum());
            assertEquals("boom r0000", failed.error());
            assertFalse(failed.inTransaction());

            List<RevisionState> failures = history.failedRevisions(c);
            assertEquals(100, failures.size());
            assertTrue(failures.stream().allMatch(s -> s.revision().endsWith("0")));
            assertEquals(states.values().stream().filter(s -> s.status() == HistoryStatus.FAILED).toList(),
                    failures.stream().sorted(java.util.Comparator.comparing(RevisionState::revision)).toList());

            // Only revisions whose latest row is an applied upgrade count as applied, with its checksum.
            Map<String, String> checksums = history.appliedChecksums(c);
            assertEquals(900, checksums.size());
            assertEquals("v2-r0001", checksums.get("r0001"));
            assertNull(checksums.get("r0000"));
        }
    }

    /**
     * Ids that differ only in case are two revisions (or seeds) on every database, though MySQL's
     * default collation compares them as one: the latest row, the checksum checked, the failure to
     * resolve and a seed's state each stay with their own id.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void idsThatDifferInCaseOnlyAreKeptApart(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Dialect dialect = Dialects.of(c);
            HistoryTable history = new HistoryTable(dialect, NAMES);
            history.create(c);
            Instant t = Instant.parse("2026-01-01T00:00:00Z");
            String[][] rows = {
                {"R", "upgrade", "R1", "applied"},
                {"r", "upgrade", "r1", "applied"},
                {"R", "downgrade", null, "failed"},
                {"S", "seed", "S1", "loaded"},
                {"s", "seed", "s1", "loaded"},
                {"s", "seed", null, "cleaned"},
            };
            try (PreparedStatement s = c.prepareStatement(insert(dialect))) {
                for (int i = 0; i < rows.length; i++) {
                    s.setString(1, rows[i][0]);
                    s.setString(2, rows[i][1]);
                    s.setString(3, rows[i][2]);
                    s.setString(4, rows[i][3]);
                    dialect.bindTimestamp(s, 5, t.plusSeconds(i));
                    s.setString(6, null);
                    s.setBoolean(7, false);
                    s.executeUpdate();
                }
            }

            Map<String, RevisionState> states = history.latestByRevision(c);
            assertEquals(HistoryStatus.FAILED, states.get("R").status());
            assertEquals("R1", states.get("R").appliedChecksum());
            assertEquals(HistoryStatus.APPLIED, states.get("r").status());
            assertEquals("r1", states.get("r").appliedChecksum());
            assertEquals(List.of("R"), history.failedRevisions(c).stream().map(RevisionState::revision).toList());
            Map<String, SeedState> seeds = history.seedStates(c);
            assertEquals(HistoryStatus.LOADED, seeds.get("S").status());
            assertEquals(HistoryStatus.CLEANED, seeds.get("s").status());
            MigrationException e = assertThrows(MigrationException.class, () -> history.markResolved(c, "r"));
            assertTrue(e.getMessage().contains("no failure to resolve"), e.getMessage());
            history.markResolved(c, "R");
            assertEquals(HistoryStatus.ROLLED_BACK, history.latestByRevision(c).get("R").status());
        }
    }

    /** A history row: revision, direction, checksum, status, started_at, error, in_transaction. */
    private static String insert(Dialect dialect) {
        return "INSERT INTO " + dialect.qualify(null, NAMES.historyTable()) + " (revision, direction, message,"
                + " checksum, status, started_at, duration_ms, error, installed_by, in_transaction)"
                + " VALUES (?, ?, 'm', ?, ?, ?, 1, ?, 'tester', ?)";
    }

    private static void insertHistory(Connection c, Dialect dialect) throws Exception {
        String sql = insert(dialect);
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        c.setAutoCommit(false);
        try (PreparedStatement s = c.prepareStatement(sql)) {
            int rows = 0;
            for (int round = 0; round < 10; round++) {
                for (int r = 0; r < 1000; r++) {
                    String id = String.format("r%04d", r);
                    // Rounds: 0 upgrade v1, 1 downgrade, 2..8 upgrade v2 / downgrade alternating, 9 upgrade v2,
                    // except that revisions ending in 0 fail a downgrade in round 9.
                    boolean up = round % 2 == 0 || round == 9;
                    boolean fail = round == 9 && r % 10 == 0;
                    s.setString(1, id);
                    s.setString(2, fail ? "downgrade" : up ? "upgrade" : "downgrade");
                    s.setString(3, round == 0 ? "v1-" + id : "v2-" + id);
                    s.setString(4, fail ? "failed" : "applied");
                    dialect.bindTimestamp(s, 5, t.plusSeconds(rows));
                    s.setString(6, fail ? "boom " + id : null);
                    s.setBoolean(7, !fail);
                    s.addBatch();
                    rows++;
                }
                s.executeBatch();
            }
        }
        c.commit();
        c.setAutoCommit(true);
    }
}
