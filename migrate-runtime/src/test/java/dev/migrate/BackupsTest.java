package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BackupsTest {

    @TempDir
    Path directory;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void restoringABackupGivesBackTheSameTablesAndRows(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Rows.execute(db.dataSource(), "CREATE TABLE customer (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL)");
            Rows.execute(db.dataSource(), "CREATE TABLE orders (id INT PRIMARY KEY, customer_id INT NOT NULL"
                    + " REFERENCES customer (id), total DECIMAL(10, 2))");
            Rows.execute(db.dataSource(), "INSERT INTO customer VALUES (1, 'Ada'), (2, 'Grace')");
            Rows.execute(db.dataSource(), "INSERT INTO orders VALUES (10, 1, 12.50), (11, 2, NULL)");
            String before = Snapshot.of(db);
            Backups backups = Backups.of(db.url(), db.user(), db.password(), null);

            Backup backup = backups.backup(directory, List.of("b2", "a1"));

            assertEquals(List.of(backup), Backups.list(directory));
            assertEquals(List.of("a1", "b2"), backup.revisions());
            Rows.execute(db.dataSource(), "DELETE FROM orders WHERE id = 11");
            Rows.execute(db.dataSource(), "ALTER TABLE customer ADD COLUMN email VARCHAR(80)");
            Rows.execute(db.dataSource(), "CREATE TABLE later (id INT)");
            assertNotEquals(before, Snapshot.of(db));

            backups.restore(backup.file());

            assertEquals(before, Snapshot.of(db));
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRestoreIntoTheSameDatabaseInProductionNeedsItsName(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            String name = ProductionEnvironmentTest.databaseName(db);
            Rows.execute(db.dataSource(), "CREATE TABLE kept (id INT PRIMARY KEY)");
            String before = Snapshot.of(db);
            Backups backups = Backups.of(db.url(), db.user(), db.password(), null);
            Backup backup = backups.backup(directory, List.of());
            Rows.execute(db.dataSource(), "CREATE TABLE later (id INT)");
            String changed = Snapshot.of(db);

            MigrationException unconfirmed = assertThrows(MigrationException.class,
                    () -> backups.inEnvironment("Prod", null).restore(backup.file()));
            MigrationException wrong = assertThrows(MigrationException.class,
                    () -> backups.inEnvironment("production", "another_db").restore(backup.file()));
            assertEquals(changed, Snapshot.of(db), "nothing was restored");
            backups.inEnvironment("staging", null).restore(backup.file());
            assertEquals(before, Snapshot.of(db));
            Rows.execute(db.dataSource(), "CREATE TABLE later (id INT)");
            backups.inEnvironment("PROD", name.toUpperCase(java.util.Locale.ROOT)).restore(backup.file());

            assertEquals(before, Snapshot.of(db));
            String scope = kind == DatabaseKind.POSTGRESQL ? "schema " + db.schema() + " of database " + name
                    : "database " + name;
            assertEquals("restoring " + backup.file().getFileName() + " replaces everything in " + scope + ", and the"
                    + " environment Prod is production: confirm it by naming the database, Migrator.Builder.confirm(\""
                    + name + "\"). Nothing was written", unconfirmed.getMessage().replace(name.toUpperCase(
                            java.util.Locale.ROOT), name));
            assertTrue(wrong.getMessage().toLowerCase(java.util.Locale.ROOT).contains("the confirmation \"another_db\""
                    + " does not name this database, " + name.toLowerCase(java.util.Locale.ROOT) + "; to go ahead"),
                    wrong.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MYSQL"})
    void thePasswordReachesNoToolArgumentAndNoMessage(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); PasswordUser login = PasswordUser.create(db)) {
            Rows.execute(db.dataSource(), "CREATE TABLE item (id INT PRIMARY KEY)");
            ToolArguments tools = ToolArguments.wrap(directory);
            Backups backups = Backups.of(login.url(), login.user(), login.password(), null)
                    .environment(tools.environment());

            Backup backup = backups.backup(directory.resolve("out"), List.of());
            backups.restore(backup.file());
            MigrationException failed = assertThrows(MigrationException.class,
                    () -> backups.restore(backup.file(), "no_such_database_" + Long.toHexString(System.nanoTime())));

            String argv = tools.recorded();
            assertTrue(argv.contains(kind == DatabaseKind.POSTGRESQL ? "pg_restore" : "--defaults-extra-file="), argv);
            assertFalse(argv.contains(login.password()), argv);
            assertFalse(failed.getMessage().contains(login.password()), failed.getMessage());
            try (var files = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
                assertTrue(files.noneMatch(f -> f.getFileName().toString().startsWith("migrate-")
                        && f.getFileName().toString().endsWith(".cnf") && contains(f, login.password())),
                        "a password file was left behind");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MYSQL"})
    void aMissingToolIsNamedWithItsPackageBeforeAnythingRuns(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Backups backups = Backups.of(db.url(), db.user(), db.password(), null)
                    .environment(Map.of("PATH", directory.toString()));

            MigrationException e = assertThrows(MigrationException.class,
                    () -> backups.backup(directory.resolve("out"), List.of()));

            String expected = kind == DatabaseKind.POSTGRESQL
                    ? "pg_dump not found on the PATH: install it (on Debian/Ubuntu: apt-get install postgresql-client)"
                    : "mysqldump or mariadb-dump not found on the PATH: install it (on Debian/Ubuntu: apt-get install"
                            + " mariadb-client)";
            assertTrue(e.getMessage().startsWith(expected), e.getMessage());
            assertFalse(Files.exists(directory.resolve("out")), "nothing ran");
        }
    }

    @Test
    void refusesABackupOfAnotherKindOfDatabase() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2)) {
            Path other = Files.writeString(directory.resolve("app--base--20260101T000000000Z.dump"), "x");

            MigrationException e = assertThrows(MigrationException.class,
                    () -> Backups.of(db.url(), db.user(), db.password(), null).restore(other));

            assertEquals("backup app--base--20260101T000000000Z.dump is not a h2 backup (those end in .sql.gz)",
                    e.getMessage());
        }
    }

    private static boolean contains(Path file, String text) {
        try {
            return Files.readString(file).contains(text);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
