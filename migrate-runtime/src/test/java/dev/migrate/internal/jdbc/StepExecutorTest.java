package dev.migrate.internal.jdbc;

import dev.migrate.Direction;
import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.Dialects;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.engine.PlannedStep;
import dev.migrate.internal.engine.RowChange;
import dev.migrate.internal.execution.OneTransaction;
import dev.migrate.internal.execution.StepExecutor;
import dev.migrate.report.CommandNames;
import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static dev.migrate.internal.jdbc.Fixtures.migration;
import static dev.migrate.internal.jdbc.Fixtures.revision;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StepExecutorTest {

    private static final TableNames NAMES = TableNames.defaults();

    /** The tables and an executor over one connection. */
    private record Setup(Connection connection, Dialect dialect, VersionTable versions, HistoryTable history,
            StepExecutor executor) {

        static Setup on(Connection c, TableNames names) {
            Dialect dialect = Dialects.of(c);
            VersionTable versions = new VersionTable(dialect, names);
            HistoryTable history = new HistoryTable(dialect, names);
            versions.create(c);
            history.create(c);
            return new Setup(c, dialect, versions, history, new StepExecutor(c, dialect, versions, history));
        }

        List<Map<String, Object>> rows() throws Exception {
            return Fixtures.historyRows(connection, dialect, NAMES);
        }
    }

    private static PlannedStep up(String id, RowChange... changes) {
        return new PlannedStep(id, Direction.UPGRADE, List.of(changes));
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void upgradeAndDowngradeRecordEveryColumn(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Setup s = Setup.on(c, NAMES);
            RevisionDescriptor a = revision("a1", true);
            var body = migration(op -> op.execute("CREATE TABLE users (id INT PRIMARY KEY)"),
                    op -> op.execute("DROP TABLE users"));
            Instant before = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            s.executor().run(up("a1", new RowChange.Insert("a1")), body, a);
            Instant after = Instant.now().plusSeconds(1);

            assertTrue(Fixtures.tableExists(c, "users"));
            assertEquals(Set.of("a1"), s.versions().read(c));
            List<Map<String, Object>> rows = s.rows();
            assertEquals(1, rows.size());
            Map<String, Object> row = rows.get(0);
            assertNotNull(row.get("id"));
            assertEquals("a1", row.get("revision"));
            assertEquals("upgrade", row.get("direction"));
            assertEquals("message of a1", row.get("message"));
            assertEquals("c0ffeea1", row.get("checksum"));
            assertEquals("applied", row.get("status"));
            Instant started = (Instant) row.get("started_at");
            assertFalse(started.isBefore(before), started + " before " + before);
            assertFalse(started.isAfter(after), started + " after " + after);
            assertTrue((Long) row.get("duration_ms") >= 0);
            assertNull(row.get("error"));
            assertEquals(c.getMetaData().getUserName(), row.get("installed_by"));
            assertEquals(kind == DatabaseKind.POSTGRESQL, row.get("in_transaction"));

            s.executor().run(new PlannedStep("a1", Direction.DOWNGRADE, List.of(new RowChange.Delete("a1"))), body, a);
            assertFalse(Fixtures.tableExists(c, "users"));
            assertEquals(Set.of(), s.versions().read(c));
            rows = s.rows();
            assertEquals(2, rows.size());
            assertEquals("downgrade", rows.get(1).get("direction"));
            assertEquals("applied", rows.get(1).get("status"));
            assertTrue((Long) rows.get(1).get("id") > (Long) rows.get(0).get("id"));

            RevisionState state = s.history().latestByRevision(c).get("a1");
            assertEquals(HistoryDirection.DOWNGRADE, state.direction());
            assertEquals(HistoryStatus.APPLIED, state.status());
            assertEquals("c0ffeea1", state.appliedChecksum());
            assertTrue(s.history().failedRevisions(c).isEmpty());
            assertTrue(c.getAutoCommit(), "auto-commit restored");
        }
    }

    /** PostgreSQL rolls the DDL back with the step: only the failed history row remains. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
    void aFailedRevisionLeavesNoTraceButItsHistoryRowOnPostgres(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Setup s = Setup.on(c, NAMES);
            s.versions().apply(c, List.of(new RowChange.Insert("a0")));
            var body = migration(op -> {
                op.execute("CREATE TABLE half (id INT)");
                op.execute("INSERT INTO nowhere VALUES (1)");
            }, op -> {});
            MigrationException e = assertThrows(MigrationException.class,
                    () -> s.executor().run(up("b1", new RowChange.Update("a0", "b1")), body, revision("b1", true)));
            assertTrue(e.getMessage().startsWith("Revision b1 failed to upgrade"), e.getMessage());
            assertTrue(e.getMessage().contains("INSERT INTO nowhere VALUES (1)"), e.getMessage());
            assertTrue(e.getMessage().contains("rolled back"), e.getMessage());

            assertFalse(Fixtures.tableExists(c, "half"), "the DDL was rolled back");
            assertEquals(Set.of("a0"), s.versions().read(c));
            List<Map<String, Object>> rows = s.rows();
            assertEquals(1, rows.size());
            assertEquals("failed", rows.get(0).get("status"));
            assertEquals(true, rows.get(0).get("in_transaction"));
            assertEquals(e.getMessage(), rows.get(0).get("error"));

            List<RevisionState> failed = s.history().failedRevisions(c);
            assertEquals(List.of("b1"), failed.stream().map(RevisionState::revision).toList());
            assertFalse(failed.get(0).unresolvedFailure(), "nothing was left behind");
            s.history().requireNoUnresolvedFailures(c, CommandNames.API); // does not block the next run

            // The fixed revision then runs and supersedes the failure.
            s.executor().run(up("b1", new RowChange.Update("a0", "b1")),
                    migration(op -> op.execute("CREATE TABLE half (id INT)"), op -> {}), revision("b1", true));
            assertEquals(Set.of("b1"), s.versions().read(c));
            assertTrue(s.history().failedRevisions(c).isEmpty());
        }
    }

    /**
     * MySQL, MariaDB and H2 commit DDL at once: what ran stays, the failure is recorded and blocks
     * further runs until it is marked resolved.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = {"MYSQL", "H2"})
    void aFailedRevisionIsRecordedAndBlocksWithoutTransactionalDdl(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Setup s = Setup.on(c, NAMES);
            s.versions().apply(c, List.of(new RowChange.Insert("a0")));
            var body = migration(op -> {
                op.execute("CREATE TABLE half (id INT)");
                op.execute("INSERT INTO nowhere VALUES (1)");
            }, op -> {});
            MigrationException e = assertThrows(MigrationException.class,
                    () -> s.executor().run(up("b1", new RowChange.Update("a0", "b1")), body, revision("b1", true)));
            assertTrue(e.getMessage().startsWith("Revision b1 failed to upgrade"), e.getMessage());
            assertTrue(e.getMessage().contains("INSERT INTO nowhere VALUES (1)"), e.getMessage());
            assertTrue(e.getMessage().contains(System.lineSeparator() + s.dialect().name()
                    + " commits DDL at once, so what ran before the failure stays applied"), e.getMessage());
            assertHalfAppliedAndBlocked(s, e);
        }
    }

    /** On PostgreSQL too, a revision declared non-transactional is not rolled back. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
    void aNonTransactionalRevisionRunsOutsideATransaction(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Setup s = Setup.on(c, NAMES);
            s.versions().apply(c, List.of(new RowChange.Insert("a0")));
            c.createStatement().execute("CREATE TABLE items (id INT)");
            // CREATE INDEX CONCURRENTLY refuses to run inside a transaction block.
            s.executor().run(up("c1", new RowChange.Update("a0", "c1")),
                    migration(op -> op.execute("CREATE INDEX CONCURRENTLY items_id ON items (id)"), op -> {}),
                    revision("c1", false));
            assertEquals(Set.of("c1"), s.versions().read(c));
            assertEquals(false, s.rows().get(0).get("in_transaction"));

            MigrationException e = assertThrows(MigrationException.class, () -> s.executor().run(
                    up("b1", new RowChange.Update("c1", "b1")),
                    migration(op -> {
                        op.execute("CREATE TABLE half (id INT)");
                        op.execute("INSERT INTO nowhere VALUES (1)");
                    }, op -> {}),
                    revision("b1", false)));
            assertTrue(e.getMessage().contains(System.lineSeparator() + "The revision is not transactional, so what ran"),
                    e.getMessage());
            assertTrue(Fixtures.tableExists(c, "half"));
            assertEquals(Set.of("c1"), s.versions().read(c));
            RevisionState state = s.history().latestByRevision(c).get("b1");
            assertTrue(state.unresolvedFailure());
        }
    }

    /**
     * A step outside a transaction commits a running row before its revision runs, visible to
     * other sessions while it runs, and ends that same row as applied or failed. A transactional
     * step on PostgreSQL writes nothing until it commits.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aStepOutsideATransactionIsRunningWhileItRuns(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection();
                Connection watcher = db.dataSource().getConnection()) {
            Setup s = Setup.on(c, NAMES);
            boolean inPieces = kind != DatabaseKind.POSTGRESQL;
            AtomicReference<List<Map<String, Object>>> seen = new AtomicReference<>();
            Fixtures.Body look = op -> seen.set(Fixtures.historyRows(watcher, s.dialect(), NAMES));

            // Transactional: in pieces on H2 and MariaDB only.
            s.executor().run(up("a1", new RowChange.Insert("a1")), migration(look, op -> {}), revision("a1", true));
            assertEquals(inPieces ? List.of("a1 running") : List.of(), statuses(seen.get()));
            assertEquals(List.of("a1 applied"), statuses(s.rows()));
            if (inPieces) {
                assertEquals(seen.get().get(0).get("id"), s.rows().get(0).get("id"), "the same row, updated");
                assertEquals(seen.get().get(0).get("started_at"), s.rows().get(0).get("started_at"));
            }

            // Not transactional: in pieces everywhere, PostgreSQL included.
            Instant before = Instant.now().minusSeconds(1);
            s.executor().run(up("b2", new RowChange.Update("a1", "b2")), migration(look, op -> {}), revision("b2", false));
            List<Map<String, Object>> running = seen.get();
            assertEquals(List.of("a1 applied", "b2 running"), statuses(running));
            Map<String, Object> row = running.get(1);
            assertEquals("upgrade", row.get("direction"));
            assertEquals("message of b2", row.get("message"));
            assertEquals("c0ffeeb2", row.get("checksum"));
            assertEquals(false, row.get("in_transaction"));
            assertNull(row.get("error"));
            assertFalse(((Instant) row.get("started_at")).isBefore(before));
            assertEquals(List.of("a1 applied", "b2 applied"), statuses(s.rows()));
            assertEquals(row.get("id"), s.rows().get(1).get("id"));
            assertEquals(Set.of("b2"), s.versions().read(c));
            assertTrue(s.history().failedRevisions(c).isEmpty());

            MigrationException e = assertThrows(MigrationException.class, () -> s.executor().run(
                    up("c3", new RowChange.Update("b2", "c3")),
                    migration(op -> {
                        look.run(op);
                        op.execute("INSERT INTO nowhere VALUES (1)");
                    }, op -> {}),
                    revision("c3", false)));
            assertEquals(List.of("a1 applied", "b2 applied", "c3 running"), statuses(seen.get()));
            List<Map<String, Object>> rows = s.rows();
            assertEquals(List.of("a1 applied", "b2 applied", "c3 failed"), statuses(rows));
            assertEquals(seen.get().get(2).get("id"), rows.get(2).get("id"));
            assertEquals(e.getMessage(), rows.get(2).get("error"));
            assertEquals(Set.of("b2"), s.versions().read(c));
            RevisionState state = s.history().latestByRevision(c).get("c3");
            assertEquals(HistoryStatus.FAILED, state.status());
            assertTrue(state.unresolvedFailure());
            assertFalse(state.interrupted());
        }
    }

    /**
     * A row still running when a run holds the lock was left by a process that stopped part-way: it
     * blocks like a failure, says so, and is marked resolved like one. Its start keeps its
     * milliseconds on MariaDB too, where Connector/J drops a bound date-time's fraction.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aStaleRunningRowBlocksUntilMarkedResolved(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Setup s = Setup.on(c, NAMES);
            Instant started = Instant.parse("2026-01-02T03:04:05.678Z");
            s.history().insertRunning(c, new HistoryRow("k2", HistoryDirection.UPGRADE, "message of k2", "c0ffeek2",
                    HistoryStatus.RUNNING, started, 0, null, false, "k1"), "someone");

            RevisionState state = s.history().latestByRevision(c).get("k2");
            assertEquals(HistoryStatus.RUNNING, state.status());
            assertTrue(state.interrupted());
            assertTrue(state.unresolvedFailure());
            assertEquals(started, state.startedAt(), "milliseconds kept");
            assertEquals(started, s.rows().get(0).get("started_at"));
            assertEquals(List.of("k2"), s.history().failedRevisions(c).stream().map(RevisionState::revision).toList());
            MigrationException blocked = assertThrows(MigrationException.class,
                    () -> s.history().requireNoUnresolvedFailures(c, CommandNames.API));
            assertTrue(blocked.getMessage().contains(JdbcMessage.INTERRUPTED_LINE.format("k2", "upgrade", started)),
                    blocked.getMessage());
            assertTrue(blocked.getMessage().contains("revision k2 (upgrade) started at 2026-01-02T03:04:05.678Z and"
                    + " never finished: the process running it stopped"), blocked.getMessage());
            assertTrue(blocked.getMessage().contains("so its changes may be half-applied"), blocked.getMessage());
            assertTrue(blocked.getMessage().contains("mark the failure resolved with " + CommandNames.API.resolve("k2")),
                    blocked.getMessage());

            s.history().markResolved(c, "k2");
            s.history().requireNoUnresolvedFailures(c, CommandNames.API);
            assertEquals(List.of("k2 running", "k2 rolled_back"), statuses(s.rows()));
            assertEquals(HistoryStatus.ROLLED_BACK, s.history().latestByRevision(c).get("k2").status());
        }
    }

    private static List<String> statuses(List<Map<String, Object>> rows) {
        return rows.stream().map(row -> row.get("revision") + " " + row.get("status")).toList();
    }

    private static void assertHalfAppliedAndBlocked(Setup s, MigrationException e) throws Exception {
        Connection c = s.connection();
        assertTrue(Fixtures.tableExists(c, "half"), "the DDL stayed");
        assertEquals(Set.of("a0"), s.versions().read(c));
        List<Map<String, Object>> rows = s.rows();
        assertEquals(1, rows.size());
        assertEquals("failed", rows.get(0).get("status"));
        assertEquals(false, rows.get(0).get("in_transaction"));
        assertEquals(e.getMessage(), rows.get(0).get("error"));

        List<RevisionState> failed = s.history().failedRevisions(c);
        assertEquals(List.of("b1"), failed.stream().map(RevisionState::revision).toList());
        assertTrue(failed.get(0).unresolvedFailure());
        assertTrue(failed.get(0).error().contains("INSERT INTO nowhere"));

        MigrationException blocked = assertThrows(MigrationException.class,
                () -> s.history().requireNoUnresolvedFailures(c, CommandNames.API));
        assertTrue(blocked.getMessage().contains("revision b1 (upgrade) failed at " + failed.get(0).startedAt()),
                blocked.getMessage());
        assertTrue(blocked.getMessage().contains("INSERT INTO nowhere"), blocked.getMessage());
        assertTrue(blocked.getMessage().contains("Repair the database by hand"), blocked.getMessage());
        assertTrue(blocked.getMessage().contains("mark the failure resolved with " + CommandNames.API.resolve("b1")),
                blocked.getMessage());

        // The operator drops the half-made table, then marks the failure resolved.
        c.createStatement().execute("DROP TABLE half");
        s.history().markResolved(c, "b1");
        s.history().requireNoUnresolvedFailures(c, CommandNames.API);
        assertTrue(s.history().failedRevisions(c).isEmpty());
        assertEquals(HistoryStatus.ROLLED_BACK, s.history().latestByRevision(c).get("b1").status());
        MigrationException again = assertThrows(MigrationException.class, () -> s.history().markResolved(c, "b1"));
        assertTrue(again.getMessage().contains("no failure to resolve"), again.getMessage());
    }

    /** An update that matches no row (a concurrent change) fails the step, rolled back where possible. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aVersionRowChangedConcurrentlyFailsTheStep(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Setup s = Setup.on(c, NAMES);
            s.versions().apply(c, List.of(new RowChange.Insert("other")));
            MigrationException e = assertThrows(MigrationException.class, () -> s.executor().run(
                    up("b1", new RowChange.Update("a0", "b1")),
                    migration(op -> op.execute("CREATE TABLE made (id INT)"), op -> {}),
                    revision("b1", true)));
            assertTrue(e.getMessage().startsWith("Revision b1 failed to upgrade"), e.getMessage());
            assertTrue(e.getMessage().contains("concurrently"), e.getMessage());
            if (kind != DatabaseKind.POSTGRESQL) {
                assertTrue(e.getMessage().contains("The revision itself ran, but recording it failed; "
                        + s.dialect().name() + " commits DDL at once, so its changes stay applied."), e.getMessage());
                assertEquals(1, s.rows().size(), "the running row became the failed one");
            }
            assertEquals(Set.of("other"), s.versions().read(c));
            assertEquals(kind != DatabaseKind.POSTGRESQL, Fixtures.tableExists(c, "made"));
            RevisionState state = s.history().latestByRevision(c).get("b1");
            assertEquals(HistoryStatus.FAILED, state.status());
            assertEquals(kind != DatabaseKind.POSTGRESQL, state.unresolvedFailure());
        }
    }

    /**
     * A real race on PostgreSQL: another transaction moves the row while this step waits for its
     * lock. The step re-reads the row after the other commits, finds it gone, and says so.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
    void aRowMovedByAConcurrentTransactionIsReportedOnPostgres(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection();
                Connection other = db.dataSource().getConnection();
                Connection watcher = db.dataSource().getConnection()) {
            Setup s = Setup.on(c, NAMES);
            s.versions().apply(c, List.of(new RowChange.Insert("a0")));
            int pid;
            try (Statement q = c.createStatement(); ResultSet r = q.executeQuery("SELECT pg_backend_pid()")) {
                r.next();
                pid = r.getInt(1);
            }
            other.setAutoCommit(false);
            s.versions().apply(other, List.of(new RowChange.Update("a0", "x0")));

            AtomicReference<Throwable> thrown = new AtomicReference<>();
            Thread step = new Thread(() -> thrown.set(assertThrows(MigrationException.class, () -> s.executor().run(
                    up("b1", new RowChange.Update("a0", "b1")),
                    migration(op -> op.execute("CREATE TABLE made (id INT)"), op -> {}), revision("b1", true)))));
            step.start();
            awaitLockWait(watcher, pid);
            other.commit();
            step.join();

            MigrationException e = (MigrationException) thrown.get();
            assertTrue(e.getMessage().startsWith("Revision b1 failed to upgrade: Expected to update version a0 to b1"
                    + " in the version table \"migrate_version\", but 0 rows matched. Another migration run or a hand"
                    + " edit changed the version table concurrently"), e.getMessage());
            assertEquals(Set.of("x0"), s.versions().read(c));
            assertFalse(Fixtures.tableExists(c, "made"), "the step was rolled back");
            assertEquals(List.of("failed"), s.rows().stream().map(r -> r.get("status")).toList());
        }
    }

    /** Waits until the backend {@code pid} waits for a lock; fails after 30 seconds. */
    private static void awaitLockWait(Connection watcher, int pid) throws Exception {
        long deadline = System.nanoTime() + 30_000_000_000L;
        try (PreparedStatement q = watcher.prepareStatement(
                "SELECT wait_event_type FROM pg_stat_activity WHERE pid = ?")) {
            q.setInt(1, pid);
            while (System.nanoTime() < deadline) {
                try (ResultSet r = q.executeQuery()) {
                    if (r.next() && "Lock".equals(r.getString(1))) {
                        return;
                    }
                }
                Thread.sleep(20);
            }
        }
        throw new AssertionError("backend " + pid + " never waited for the row lock");
    }

    /**
     * In one transaction a failure can come as late as the commit (a deferred constraint): then
     * too everything is rolled back, and the failure is recorded against the last step.
     */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
    void aSingleTransactionThatFailsToCommitLeavesNothing(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Setup s = Setup.on(c, NAMES);
            s.versions().apply(c, List.of(new RowChange.Insert("a0")));
            MigrationException e;
            try (OneTransaction transaction = s.executor().inOneTransaction()) {
                transaction.run(up("b1", new RowChange.Update("a0", "b1")), migration(op -> {
                    op.execute("CREATE TABLE parent (id INT PRIMARY KEY)");
                    op.execute("CREATE TABLE child (parent_id INT REFERENCES parent DEFERRABLE INITIALLY DEFERRED)");
                }, op -> {}), revision("b1", true));
                transaction.run(up("c1", new RowChange.Update("b1", "c1")),
                        migration(op -> op.execute("INSERT INTO child VALUES (42)"), op -> {}), revision("c1", true));
                assertThrows(IllegalStateException.class, () -> transaction.run(up("d1", new RowChange.Update("c1", "d1")),
                        migration(op -> {}, op -> {}), revision("d1", false)), "a non-transactional revision");
                e = assertThrows(MigrationException.class, transaction::commit);
            }
            assertTrue(e.getMessage().startsWith("Revision c1 failed to upgrade: "), e.getMessage());
            assertTrue(e.getMessage().contains("nothing was left applied, not even the 1 revision(s) before this one"),
                    e.getMessage());
            assertEquals(Set.of("a0"), s.versions().read(c));
            assertFalse(Fixtures.tableExists(c, "parent"));
            List<Map<String, Object>> rows = s.rows();
            assertEquals(List.of("c1 failed true"), rows.stream()
                    .map(r -> r.get("revision") + " " + r.get("status") + " " + r.get("in_transaction")).toList());
            assertEquals(e.getMessage(), rows.get(0).get("error"));
            assertTrue(c.getAutoCommit(), "auto-commit restored");
        }
    }

    /** A merge step and its revert, with the row changes the engine plans for them. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aMergeAndItsRevertMoveTheRows(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Setup s = Setup.on(c, NAMES);
            s.versions().apply(c, List.of(new RowChange.Insert("left"), new RowChange.Insert("right")));
            var body = migration(op -> op.execute("CREATE TABLE joined (id INT)"), op -> op.execute("DROP TABLE joined"));

            s.executor().run(up("m1", new RowChange.Delete("left"), new RowChange.Update("right", "m1")), body,
                    revision("m1", true));
            assertEquals(Set.of("m1"), s.versions().read(c));
            assertTrue(Fixtures.tableExists(c, "joined"));

            s.executor().run(new PlannedStep("m1", Direction.DOWNGRADE,
                    List.of(new RowChange.Insert("left"), new RowChange.Update("m1", "right"))), body, revision("m1", true));
            assertEquals(Set.of("left", "right"), s.versions().read(c));
            assertFalse(Fixtures.tableExists(c, "joined"));
            assertEquals(List.of("upgrade", "downgrade"), s.rows().stream().map(r -> r.get("direction")).toList());
            assertEquals(List.of("applied", "applied"), s.rows().stream().map(r -> r.get("status")).toList());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aRevisionThrowingItsOwnExceptionIsNamed(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Setup s = Setup.on(c, NAMES);
            MigrationException e = assertThrows(MigrationException.class, () -> s.executor().run(
                    up("d1", new RowChange.Insert("d1")),
                    migration(op -> {
                        throw new IOException("data file missing");
                    }, op -> {}),
                    revision("d1", true)));
            assertTrue(e.getMessage().startsWith("Revision d1 failed to upgrade: java.io.IOException: data file missing"),
                    e.getMessage());
            assertTrue(e.getCause() instanceof IOException);
            assertEquals(Set.of(), s.versions().read(c));
            assertEquals("failed", s.rows().get(0).get("status"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aFailedStatementsPasswordIsNotRepeated(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Setup s = Setup.on(c, NAMES);
            MigrationException e = assertThrows(MigrationException.class, () -> s.executor().run(
                    up("p1", new RowChange.Insert("p1")),
                    migration(op -> op.execute("CREATE USERR nobody IDENTIFIED BY 'hunter2'"), op -> {}),
                    revision("p1", true)));
            assertTrue(e.getMessage().contains("CREATE USERR nobody IDENTIFIED BY '***'"), e.getMessage());
            assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
            assertFalse(String.valueOf(e.getCause().getMessage()).contains("hunter2"), e.getCause().getMessage());
            assertFalse(String.valueOf(s.rows().get(0).get("error")).contains("hunter2"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void stampRecordsRowsWithoutRunningAnything(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Setup s = Setup.on(c, NAMES);
            s.executor().stamp(List.of(new RowChange.Insert("e1"), new RowChange.Insert("f1")),
                    List.of(revision("e1", true), revision("f1", true)));
            assertEquals(Set.of("e1", "f1"), s.versions().read(c));
            List<Map<String, Object>> rows = s.rows();
            assertEquals(List.of("stamp", "stamp"), rows.stream().map(r -> r.get("direction")).toList());
            assertEquals(List.of("e1", "f1"), rows.stream().map(r -> r.get("revision")).toList());
            // A stamp that cannot apply changes nothing.
            assertThrows(MigrationException.class, () -> s.executor().stamp(
                    List.of(new RowChange.Delete("e1"), new RowChange.Delete("gone")), List.of(revision("e1", true))));
            assertEquals(Set.of("e1", "f1"), s.versions().read(c));
            assertEquals(2, s.rows().size());
        }
    }
}
