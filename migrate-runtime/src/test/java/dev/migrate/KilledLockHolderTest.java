package dev.migrate;

import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.jdbc.MigrationLock;
import dev.migrate.report.CommandNames;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A child JVM is killed with SIGKILL in the middle of a revision, holding the migration lock. The
 * database must release the lock with the dead sessions, so that the next run gets it.
 *
 * <p>What the killed revision leaves differs: PostgreSQL runs it and its bookkeeping in one
 * transaction, so nothing of it survives and the next run proceeds. MariaDB and H2 commit DDL at
 * once, so its statements stay, and so does the {@code running} history row committed before it
 * started: the next run refuses, naming the revision, until the operator repairs the database and
 * marks it resolved. H2 takes part through a file database with {@code AUTO_SERVER=TRUE} served by
 * the test's JVM: the child's sessions are TCP sessions, which H2 closes, rolling back their
 * transactions, when the socket drops.
 */
class KilledLockHolderTest {

    private static final String HOLDER = "holder";

    private static Migrator migrator(DataSource data) {
        // Patient, not timed: the wait ends as soon as the server has noticed the dead sessions.
        return Migrator.builder().dataSource(data).classLoader(new IndexClassLoader(KillIndex.class))
                .lockTimeout(Duration.ofSeconds(30)).build();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void theNextRunProceedsOrRefusesAfterTheLockHolderIsKilled(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.openShared(kind);
                ChildProcesses children = new ChildProcesses("killed-lock-holder", db, KillIndex.class)) {
            DataSource data = db.dataSource();
            // Only PostgreSQL runs k2 in a transaction; elsewhere its running row is committed first.
            boolean transactional = kind == DatabaseKind.POSTGRESQL;
            List<String> killedHistory = transactional ? List.of("k1 upgrade applied")
                    : List.of("k1 upgrade applied", "k2 upgrade running");
            children.start(HOLDER);
            children.go();
            children.awaitFile(MigrateChild.INSIDE + HOLDER);
            // The lock alone, not an upgrade: were it not held, an upgrade would wait on the child's
            // uncommitted work instead of failing.
            MigrationException held = assertThrows(MigrationException.class,
                    () -> MigrationLock.acquire(data, TableNames.defaults(), Duration.ofSeconds(1)).close());
            assertTrue(held.getMessage().startsWith("Another migration run holds the lock"), held.getMessage());
            assertEquals(killedHistory, Rows.history(data));
            try (Migrator reader = migrator(data)) {
                assertEquals(List.of(), reader.status().failed(), "a running step of a live run is no failure");
            }

            int exit = children.kill(HOLDER);

            if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
                assertEquals(128 + 9, exit, "destroyForcibly sends SIGKILL" + children.logs());
            }
            assertEquals(List.of("k1"), Rows.versions(data));
            assertEquals(killedHistory, Rows.history(data));
            // Only PostgreSQL rolls the killed revision's DDL and insert back.
            assertEquals(transactional ? List.of("k1 holder") : List.of("k1 holder", "k2 holder"), Rows.appliedLog(data));
            assertEquals(!transactional, Rows.tableExists(data, "work_k2"));

            try (Migrator next = migrator(data)) {
                if (!transactional) {
                    MigrationException refused = assertThrows(MigrationException.class, () -> next.upgrade("heads"));
                    assertTrue(refused.getMessage().contains("revision k2 (upgrade) started at "), refused.getMessage());
                    assertTrue(refused.getMessage().contains("never finished: the process running it stopped (killed,"
                            + " out of memory, or power lost) while it ran outside a transaction, so its changes may"
                            + " be half-applied"), refused.getMessage());
                    assertTrue(refused.getMessage().contains(CommandNames.API.resolve("k2")), refused.getMessage());
                    assertEquals(killedHistory, Rows.history(data), "the refusal ran nothing");
                    assertEquals(List.of("k2"), next.status().failed(), "no run holds the lock now");
                    assertFalse(next.status().upToDate());

                    // The operator undoes what k2 did, then marks it resolved.
                    Rows.execute(data, "DROP TABLE work_k2");
                    ResolvedFailure resolved = next.markResolved("k2");
                    assertEquals(Direction.UPGRADE, resolved.direction());
                    assertNull(resolved.error());
                    assertEquals(List.of(), next.status().failed());
                }
                assertEquals(List.of("k2", "k3"), next.upgrade("heads"));
            }

            assertEquals(List.of("k3"), Rows.versions(data));
            assertEquals(transactional
                    ? List.of("k1 upgrade applied", "k2 upgrade applied", "k3 upgrade applied")
                    : List.of("k1 upgrade applied", "k2 upgrade running", "k2 upgrade rolled_back", "k2 upgrade applied",
                            "k3 upgrade applied"), Rows.history(data));
            // Elsewhere k2 ran twice: once killed, once after the repair.
            assertEquals(transactional ? List.of("k1 holder", "k2 parent", "k3 parent")
                    : List.of("k1 holder", "k2 holder", "k2 parent", "k3 parent"), Rows.appliedLog(data));
        }
    }
}
