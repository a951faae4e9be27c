package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.jdbc.MigrationLock;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@link Migrator#lockHeld()} sees the lock that a second connection of the test holds, sees it
 * free again once given back, creates nothing on an empty schema, and leaves the lock free for
 * the next run.
 */
class LockHeldTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void seesTheLockAnotherConnectionHolds(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = Migrator.builder().dataSource(db.dataSource()).lockTimeout(Duration.ofSeconds(5))
                        .classLoader(new IndexClassLoader(ShopIndex.class)).build()) {
            assertFalse(migrator.lockHeld());
            assertEquals(List.of(), tables(db), "asking created a table");

            try (MigrationLock held = MigrationLock.acquire(db.dataSource(), TableNames.defaults(), Duration.ZERO)) {
                assertTrue(migrator.lockHeld());
                assertTrue(migrator.lockHeld(), "asking twice took the lock");
            }
            assertFalse(migrator.lockHeld());

            // Asking gave the lock back: a run takes it without waiting for anyone.
            migrator.upgrade("heads");
            assertTrue(migrator.status().upToDate());
            assertFalse(migrator.lockHeld());
        }
    }

    /** The tables of the test's own schema (MySQL: its database). */
    private static List<String> tables(TestDatabase db) throws Exception {
        List<String> tables = new ArrayList<>();
        boolean mysql = db.kind() == DatabaseKind.MYSQL;
        try (Connection connection = db.dataSource().getConnection();
                ResultSet rows = connection.getMetaData().getTables(mysql ? connection.getCatalog() : null,
                        mysql ? null : connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
