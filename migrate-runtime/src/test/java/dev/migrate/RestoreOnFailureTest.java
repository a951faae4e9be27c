package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

/** {@code backupBeforeUpgrade} with {@code restoreOnFailure} on MariaDB, whose DDL commits as it goes. */
class RestoreOnFailureTest {

    /** The history table's part of a snapshot: it gains a row, checked on its own. */
    private static final String HISTORY = "(?s)table migrate_history\n.*?(?=table migrate_version\n)";

    @TempDir
    Path directory;

    @Test
    void aFailedUpgradeLeavesTheDatabaseAsItWasAndTheHistoryAndALogSaySo() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.MYSQL)) {
            try (Migrator plain = migrator(db, null)) {
                plain.upgrade("a1");
            }
            Rows.execute(db.dataSource(), "INSERT INTO t_a1 VALUES (7)");
            String before = Snapshot.of(db).replaceAll(HISTORY, "");
            List<String> historyBefore = Rows.history(db.dataSource());

            MigrationException e;
            try (Migrator guarded = migrator(db, directory)) {
                // b2 applies; c3 creates t_c3, which MariaDB commits at once, then fails on its next statement.
                e = assertThrows(MigrationException.class, () -> guarded.upgrade("heads"));
            }

            List<Backup> backups = Backups.list(directory);
            assertEquals(1, backups.size(), "the log is no backup: " + backups);
            assertEquals(List.of("a1"), backups.get(0).revisions());
            Path log = directory.resolve(backups.get(0).file().getFileName() + ".failed-upgrade.log");
            assertTrue(e.getMessage().startsWith("Revision c3 failed to upgrade"), e.getMessage());
            assertTrue(e.getMessage().endsWith("\nrestoreOnFailure: the database was restored from the backup "
                    + backups.get(0).file() + " taken before the upgrade, so there is nothing to repair or resolve;"
                    + " the failed run's revision, statement and error are in " + log), e.getMessage());
            String logged = Files.readString(log);
            assertTrue(logged.startsWith("upgrade to heads failed at revision c3, "), logged);
            assertTrue(logged.contains("\napplied by this run before it, undone by the restore: b2\n"
                    + "backup taken before the upgrade and restored: " + backups.get(0).file() + "\n"), logged);
            assertTrue(logged.contains("Revision c3 failed to upgrade: the database rejected the statement"), logged);
            assertTrue(logged.contains("INSERT INTO nowhere VALUES (1)"), logged);
            assertTrue(logged.contains("nowhere' doesn't exist"), logged);
            assertEquals(before, Snapshot.of(db).replaceAll(HISTORY, ""));
            List<String> history = Rows.history(db.dataSource());
            assertEquals(historyBefore, history.subList(0, history.size() - 2));
            assertEquals(List.of("b2 upgrade rolled_back", "c3 upgrade rolled_back"),
                    history.subList(history.size() - 2, history.size()));
            assertEquals(List.of("applied, then undone by restoring the backup " + backups.get(0).file()
                    + " after revision c3 failed", e.getMessage()), Rows.query(db.dataSource(),
                    "SELECT error FROM migrate_history WHERE status = 'rolled_back' ORDER BY id"));
            try (Migrator again = migrator(db, null)) {
                assertEquals(List.of("a1"), again.current());
                assertTrue(again.status().failed().isEmpty(), "no unresolved failure is left");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MYSQL"})
    void thePasswordReachesNoSpawnedToolsArgumentsAndNoOutput(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); PasswordUser login = PasswordUser.create(db)) {
            ToolArguments tools = ToolArguments.wrap(directory);
            CapturedLog log = new CapturedLog();
            Path backups = directory.resolve("backups");

            MigrationException e;
            try (Migrator guarded = Migrator.builder().url(login.url(), login.user(), login.password())
                    .classLoader(new IndexClassLoader(ThirdFailsIndex.class)).logger(log)
                    .backupBeforeUpgrade(backups, true).toolEnvironment(tools.environment()).build()) {
                e = assertThrows(MigrationException.class, () -> guarded.upgrade("heads"));
            }

            String argv = tools.recorded();
            // Two tools ran, the dump and the restore, each seen as ps would show it.
            assertEquals(2, argv.lines().count(), argv);
            assertTrue(argv.contains(kind == DatabaseKind.POSTGRESQL ? "pg_restore" : "--defaults-extra-file="), argv);
            assertTrue(e.getMessage().contains("restoreOnFailure: the database was restored"), e.getMessage());
            List<String> outputs = new java.util.ArrayList<>(List.of(argv, e.getMessage(), String.join("\n",
                    log.lines())));
            outputs.addAll(Rows.query(db.dataSource(), "SELECT error FROM migrate_history WHERE error IS NOT NULL"));
            List<Path> written;
            try (var files = Files.list(backups)) {
                written = files.sorted().toList();
            }
            assertEquals(2, written.size(), "a backup and the failed run's log: " + written);
            assertTrue(written.get(1).toString().endsWith(".failed-upgrade.log"), written.toString());
            outputs.add(written.toString());
            outputs.add(Files.readString(written.get(1)));
            for (String output : outputs) {
                assertFalse(output.contains(login.password()), output);
            }
        }
    }

    @Test
    void aMissingToolStopsAnUpgradeWithABackupBeforeAnythingRuns() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.POSTGRESQL)) {
            Path backups = directory.resolve("backups");

            MigrationException e = assertThrows(MigrationException.class, () -> Migrator.builder()
                    .url(db.url(), db.user(), db.password()).classLoader(new IndexClassLoader(ThirdFailsIndex.class))
                    .backupBeforeUpgrade(backups, true).toolEnvironment(Map.of("PATH", directory.toString())).build());

            assertTrue(e.getMessage().startsWith("pg_dump not found on the PATH: install it (on Debian/Ubuntu: apt-get"
                    + " install postgresql-client)"), e.getMessage());
            assertEquals("", Snapshot.of(db), "nothing ran");
            assertFalse(Files.exists(backups), "nothing ran");
        }
    }

    @Test
    void restoreOnFailureNeedsBackupBeforeUpgrade() {
        MigrationException e = assertThrows(MigrationException.class, () -> MigrateConfig.builder()
                .environment(java.util.Map.of()).set(ConfigKey.RESTORE_ON_FAILURE, "true").build());

        assertEquals("restoreOnFailure is true, but there is no backup to restore: set backupBeforeUpgrade or the"
                + " environment variable MIGRATE_BACKUP_BEFORE_UPGRADE to true as well", e.getMessage());
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
