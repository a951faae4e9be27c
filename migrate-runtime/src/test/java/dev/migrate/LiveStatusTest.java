package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.jdbc.MigrationLock;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Migrator#liveStatus()}: the status as {@link Migrator#status()} reads it, and a running
 * history row as a step in progress while another run holds the lock, or as a failure once nobody does.
 */
class LiveStatusTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void tellsAStepInProgressFromAnInterruptedOne(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = Migrator.builder().dataSource(db.dataSource()).lockTimeout(Duration.ofSeconds(5))
                        .classLoader(new IndexClassLoader(ShopIndex.class)).build()) {
            migrator.upgrade("b2");
            LiveStatus behind = migrator.liveStatus();
            assertEquals(migrator.status(), behind.status());
            assertEquals(List.of("c3"), behind.status().pending());
            assertEquals(List.of(), behind.running());
            assertFalse(behind.locked());

            // What a run applying c3 outside a transaction leaves while it works, or after its process died.
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO migrate_history (revision, direction, message, checksum, status, started_at,"
                        + " duration_ms, error, installed_by, in_transaction) VALUES ('c3', 'upgrade', '', 'cccc',"
                        + " 'running', CURRENT_TIMESTAMP, 0, NULL, 'deployer', FALSE)");
            }
            try (MigrationLock held = MigrationLock.acquire(db.dataSource(), TableNames.defaults(), Duration.ZERO)) {
                LiveStatus working = migrator.liveStatus();
                assertEquals(List.of("c3"), working.running());
                assertTrue(working.locked());
                assertEquals(List.of(), working.status().failed());
                assertEquals(migrator.status(), working.status());
            }

            LiveStatus interrupted = migrator.liveStatus();
            assertEquals(List.of(), interrupted.running());
            assertFalse(interrupted.locked());
            assertEquals(List.of("c3"), interrupted.status().failed());
            assertEquals(migrator.status(), interrupted.status());
        }
    }
}
