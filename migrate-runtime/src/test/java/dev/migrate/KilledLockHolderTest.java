package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.internal.jdbc.MigrationLock;
import dev.migrate.internal.jdbc.TableNames;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A child JVM is killed with SIGKILL in the middle of a revision, holding the migration lock. The
 * database must release the lock with the dead sessions, so that the next run proceeds.
 *
 * <p>What the killed revision leaves differs: PostgreSQL runs it and its bookkeeping in one
 * transaction, so nothing of it survives. MariaDB and H2 commit DDL at once, so its statements
 * stay; since the process died before it could record anything, the history shows no trace of the
 * attempt and the next run executes the revision again, from its start. H2 takes part through a
 * file database with {@code AUTO_SERVER=TRUE} served by the test's JVM: the child's sessions are
 * TCP sessions, which H2 closes, rolling back their transactions, when the socket drops.
 */
class KilledLockHolderTest {

    private static final String HOLDER = "holder";

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void theNextRunProceedsAfterTheLockHolderIsKilled(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.openShared(kind);
                ChildProcesses children = new ChildProcesses("killed-lock-holder", db, KillIndex.class)) {
            DataSource data = db.dataSource();
            children.start(HOLDER);
            children.go();
            children.awaitFile(MigrateChild.INSIDE + HOLDER);
            // The lock alone, not an upgrade: were it not held, an upgrade would wait on the child's
            // uncommitted work instead of failing.
            MigrationException held = assertThrows(MigrationException.class,
                    () -> MigrationLock.acquire(data, TableNames.defaults(), Duration.ofSeconds(1)).close());
            assertTrue(held.getMessage().startsWith("Another migration run holds the lock"), held.getMessage());

            int exit = children.kill(HOLDER);

            if (System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")) {
                assertEquals(128 + 9, exit, "destroyForcibly sends SIGKILL" + children.logs());
            }
            assertEquals(List.of("k1"), Rows.versions(data));
            assertEquals(List.of("k1 upgrade applied"), Rows.history(data), "the killed attempt leaves no history row");
            // Only PostgreSQL rolls the killed revision's DDL and insert back.
            boolean transactional = kind == DatabaseKind.POSTGRESQL;
            assertEquals(transactional ? List.of("k1 holder") : List.of("k1 holder", "k2 holder"), Rows.appliedLog(data));
            assertEquals(!transactional, Rows.tableExists(data, "work_k2"));

            // Patient, not timed: the wait ends as soon as the server has noticed the dead sessions.
            try (Migrator next = Migrator.builder().dataSource(data).classLoader(new IndexClassLoader(KillIndex.class))
                    .lockTimeout(Duration.ofSeconds(30)).build()) {
                assertEquals(List.of("k2", "k3"), next.upgrade("heads"));
            }

            assertEquals(List.of("k3"), Rows.versions(data));
            assertEquals(List.of("k1 upgrade applied", "k2 upgrade applied", "k3 upgrade applied"), Rows.history(data));
            // Elsewhere k2 ran twice: the history cannot know of the killed attempt.
            assertEquals(transactional ? List.of("k1 holder", "k2 parent", "k3 parent")
                    : List.of("k1 holder", "k2 holder", "k2 parent", "k3 parent"), Rows.appliedLog(data));
        }
    }
}
