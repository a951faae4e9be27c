package dev.migrate.internal.jdbc;

import dev.migrate.Direction;
import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.Dialects;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.engine.PlannedStep;
import dev.migrate.internal.engine.RowChange;
import dev.migrate.internal.execution.StepExecutor;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MigrationLockTest {

    private static final Duration SHORT = Duration.ofSeconds(1);
    /** Long enough for a server to notice a dropped session; the wait ends as soon as it does. */
    private static final Duration PATIENT = Duration.ofSeconds(30);

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aSecondRunWaitsAndTimesOut(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            TableNames names = TableNames.defaults();
            try (MigrationLock held = MigrationLock.acquire(db.dataSource(), names, SHORT)) {
                MigrationException e = assertThrows(MigrationException.class,
                        () -> MigrationLock.acquire(db.dataSource(), names, SHORT));
                assertTrue(e.getMessage().startsWith("Another migration run holds the lock"), e.getMessage());
                assertTrue(e.getMessage().contains("waited 1 s"), e.getMessage());
            }
            // Released by close(): the next run gets it.
            MigrationLock.acquire(db.dataSource(), names, SHORT).close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void isReleasedWhenTheHoldingConnectionIsAbortedWithoutUnlocking(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            TableNames names = TableNames.defaults();
            Connection holder = db.dataSource().getConnection();
            MigrationLock held = MigrationLock.acquire(holder, names, SHORT);
            // A dying process: the connection goes away without unlocking. H2's abort() does
            // nothing, so there the physical connection is closed instead.
            if (kind == DatabaseKind.H2) {
                holder.close();
            } else {
                holder.abort(Runnable::run);
            }
            MigrationLock.acquire(db.dataSource(), names, PATIENT).close();
            held.close(); // harmless on a dead connection
        }
    }

    /** A killed process as the server sees it: its session is ended from outside. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void isReleasedWhenTheHoldingSessionIsKilled(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection admin = db.dataSource().getConnection()) {
            TableNames names = TableNames.defaults();
            Connection holder = db.dataSource().getConnection();
            long session = single(holder, switch (kind) {
                case H2 -> "SELECT SESSION_ID()";
                case POSTGRESQL -> "SELECT pg_backend_pid()";
                case MYSQL -> "SELECT CONNECTION_ID()";
            });
            MigrationLock held = MigrationLock.acquire(holder, names, SHORT);
            try (Statement s = admin.createStatement()) {
                s.execute(switch (kind) {
                    case H2 -> "CALL ABORT_SESSION(" + session + ")";
                    case POSTGRESQL -> "SELECT pg_terminate_backend(" + session + ")";
                    case MYSQL -> "KILL CONNECTION " + session;
                });
            }
            MigrationLock.acquire(db.dataSource(), names, PATIENT).close();
            held.close(); // harmless on a dead connection
        }
    }

    /** The lock does not get in the way of the command's own work on other connections. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void stepsRunOnAnotherConnectionWhileTheLockIsHeld(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                MigrationLock lock = MigrationLock.acquire(db.dataSource(), TableNames.defaults(), SHORT);
                Connection c = db.dataSource().getConnection()) {
            Dialect dialect = Dialects.of(c);
            VersionTable versions = new VersionTable(dialect, TableNames.defaults());
            HistoryTable history = new HistoryTable(dialect, TableNames.defaults());
            versions.create(c);
            history.create(c);
            new StepExecutor(c, dialect, versions, history).run(
                    new PlannedStep("a1", Direction.UPGRADE, List.of(new RowChange.Insert("a1"))),
                    Fixtures.migration(op -> op.execute("CREATE TABLE t (id INT)"), op -> {}),
                    Fixtures.revision("a1", true));
            assertEquals(Set.of("a1"), versions.read(c));
        }
    }

    private static long single(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            assertTrue(r.next());
            return r.getLong(1);
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void locksOfDifferentVersionTablesAreIndependent(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            TableNames here = TableNames.defaults();
            TableNames there = here.inSchema(db.createSchema());
            try (MigrationLock a = MigrationLock.acquire(db.dataSource(), here, SHORT);
                    MigrationLock b = MigrationLock.acquire(db.dataSource(), there, SHORT)) {
                assertThrows(MigrationException.class, () -> MigrationLock.acquire(db.dataSource(), there, SHORT));
            }
        }
    }
}
