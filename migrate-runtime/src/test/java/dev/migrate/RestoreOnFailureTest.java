package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backupBeforeUpgrade} with {@code restoreOnFailure} on MariaDB, whose DDL commits as it goes. */
class RestoreOnFailureTest {

    /** The history table's part of a snapshot: it gains a row, checked on its own. */
    private static final String HISTORY = "(?s)table migrate_history\n.*?(?=table migrate_version\n)";

    @TempDir
    Path directory;

    @Test
    void aFailedUpgradeLeavesTheDatabaseAsItWasAndTheHistorySaysSo() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.MYSQL)) {
            try (Migrator plain = migrator(db, null)) {
                plain.upgrade("b2");
            }
            Rows.execute(db.dataSource(), "INSERT INTO t_b2 VALUES (7)");
            String before = Snapshot.of(db).replaceAll(HISTORY, "");
            List<String> historyBefore = Rows.history(db.dataSource());

            MigrationException e;
            try (Migrator guarded = migrator(db, directory)) {
                // c3 creates t_c3, which MariaDB commits at once, then fails.
                e = assertThrows(MigrationException.class, () -> guarded.upgrade("heads"));
            }

            List<Backup> backups = Backups.list(directory);
            assertEquals(1, backups.size(), backups.toString());
            assertEquals(List.of("b2"), backups.get(0).revisions());
            assertTrue(e.getMessage().startsWith("Revision c3 failed to upgrade"), e.getMessage());
            assertTrue(e.getMessage().endsWith("\nrestoreOnFailure: the database was restored from the backup "
                    + backups.get(0).file() + " taken before the upgrade, so there is nothing to repair or resolve"),
                    e.getMessage());
            assertEquals(before, Snapshot.of(db).replaceAll(HISTORY, ""));
            List<String> history = Rows.history(db.dataSource());
            assertEquals(historyBefore, history.subList(0, history.size() - 1));
            assertEquals("c3 upgrade rolled_back", history.get(history.size() - 1));
            try (Migrator again = migrator(db, null)) {
                assertEquals(List.of("b2"), again.current());
                assertTrue(again.status().failed().isEmpty(), "no unresolved failure is left");
            }
        }
    }

    @Test
    void restoreOnFailureNeedsBackupBeforeUpgrade() {
        MigrationException e = assertThrows(MigrationException.class, () -> MigrateConfig.builder()
                .environment(java.util.Map.of()).set(ConfigKey.RESTORE_ON_FAILURE, "true").build());

        assertEquals("restoreOnFailure is true, but there is no backup to restore: set backupBeforeUpgrade to true"
                + " as well", e.getMessage());
    }

    private static Migrator migrator(TestDatabase db, Path backups) {
        Migrator.Builder builder = Migrator.builder().url(db.url(), db.user(), db.password())
                .classLoader(new IndexClassLoader(ThirdFailsIndex.class));
        if (backups != null) {
            builder.backupBeforeUpgrade(backups, true);
        }
        return builder.build();
    }
}
