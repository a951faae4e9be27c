package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code backup}, {@code backups} and {@code restore}. */
class BackupCommandsTest {

    @TempDir
    Path directory;

    @Test
    void backupListRestoreOnH2() throws Exception {
        Cli cli = new Cli();
        try (Database db = Database.open(Database.Kind.H2)) {
            String dir = directory.toString();
            cli.run(db.args("upgrade", "--quiet"));
            Set<String> upgraded = db.tables();

            Cli.Result backup = cli.run(db.args("backup", "--backup-directory", dir));
            Path file;
            try (Stream<Path> files = Files.list(directory)) {
                file = files.findFirst().orElseThrow();
            }
            Cli.Result listed = cli.run("backups", "--backup-directory", dir);
            cli.run(db.args("downgrade", "base", "--quiet"));
            Set<String> downgraded = db.tables();
            Cli.Result restore = cli.run(db.args("restore", file.getFileName().toString(), "--backup-directory", dir));

            assertEquals(0, backup.code(), backup.toString());
            assertTrue(backup.err().contains("backed up to " + file), backup.toString());
            assertTrue(file.getFileName().toString().endsWith(".sql.gz"), file.toString());
            assertEquals(0, listed.code(), listed.toString());
            assertTrue(listed.out().startsWith(file.getFileName() + "  "), listed.toString());
            assertFalse(downgraded.contains("payments"), downgraded.toString());
            assertEquals(0, restore.code(), restore.toString());
            assertEquals(upgraded, db.tables());
        }
    }

    @Test
    void aRestoreInProductionNeedsTheDatabasesName() throws Exception {
        Cli cli = new Cli().env("PATH", System.getenv("PATH"));
        try (Database db = Database.open(Database.Kind.MARIADB)) {
            String dir = directory.toString();
            cli.run(db.args("upgrade", "--quiet"));
            Set<String> upgraded = db.tables();
            Cli.Result backup = cli.run(db.args("backup", "--backup-directory", dir));
            assertEquals(0, backup.code(), backup.toString());
            cli.run(db.args("downgrade", "base", "--quiet"));
            Set<String> downgraded = db.tables();

            Cli.Result refused = cli.run(db.args("restore", "latest", "--backup-directory", dir, "--environment",
                    "prod"));
            Cli.Result wrong = new Cli().env("PATH", System.getenv("PATH")).env("MIGRATE_ENVIRONMENT", "production").env("MIGRATE_CONFIRM", "elsewhere")
                    .run(db.args("restore", "latest", "--backup-directory", dir));
            Set<String> afterRefusals = db.tables();
            Cli.Result confirmed = cli.run(db.args("restore", "latest", "--backup-directory", dir, "--environment",
                    "prod", "--confirm", db.name()));

            assertEquals(1, refused.code(), refused.toString());
            assertTrue(refused.err().contains(" replaces everything in database " + db.name() + ", and the environment"
                    + " prod is production: confirm it by naming the database, --confirm " + db.name()
                    + ". Nothing was written"), refused.toString());
            assertEquals(1, wrong.code(), wrong.toString());
            assertTrue(wrong.err().contains("the confirmation \"elsewhere\" does not name this database, " + db.name()
                    + "; to go ahead, --confirm " + db.name()), wrong.toString());
            assertEquals(downgraded, afterRefusals, "nothing was restored");
            assertFalse(downgraded.contains("payments"), downgraded.toString());
            assertEquals(0, confirmed.code(), confirmed.toString());
            assertEquals(upgraded, db.tables());
        }
    }

    @Test
    void backupBeforeUpgradeFromTheEnvironment() throws Exception {
        Cli cli = new Cli().env("MIGRATE_BACKUP_BEFORE_UPGRADE", "true")
                .env("MIGRATE_BACKUP_DIRECTORY", directory.toString());
        try (Database db = Database.open(Database.Kind.H2)) {
            Cli.Result upgrade = cli.run(db.args("upgrade", "--quiet"));
            Cli.Result again = cli.run(db.args("upgrade", "--quiet"));

            assertEquals(0, upgrade.code(), upgrade.toString());
            assertEquals(0, again.code(), again.toString());
            try (Stream<Path> files = Files.list(directory)) {
                // One backup, of the empty database: the second upgrade had nothing to apply.
                assertEquals(1, files.filter(f -> f.getFileName().toString().contains("--base--")).count());
            }
            try (Stream<Path> files = Files.list(directory)) {
                assertEquals(1, files.count());
            }
        }
    }

    @Test
    void upgradeFlagsBackUpAndRestoreAFailedUpgrade() throws Exception {
        Cli cli = new Cli().env("PATH", System.getenv("PATH"));
        try (Database db = Database.open(Database.Kind.MARIADB)) {
            cli.run(db.args("upgrade", "a1items", "--quiet"));
            // e5payments will find its table taken, after three revisions whose tables MariaDB committed at once.
            db.execute("CREATE TABLE payments (id INT)");
            Set<String> tables = db.tables();
            java.util.List<String> history = db.history();
            String dir = directory.resolve("before-upgrade").toString();

            Cli.Result upgrade = cli.run(db.args("upgrade", "--backup-before-upgrade", "--restore-on-failure",
                    "--backup-directory", dir));

            Path backup;
            try (Stream<Path> files = Files.list(Path.of(dir))) {
                backup = files.filter(f -> f.toString().endsWith(".sql")).findFirst().orElseThrow();
            }
            Path log = backup.resolveSibling(backup.getFileName() + ".failed-upgrade.log");
            assertEquals(1, upgrade.code(), upgrade.toString());
            assertTrue(upgrade.err().contains("Revision e5payments failed to upgrade"), upgrade.toString());
            assertTrue(upgrade.err().contains("restoreOnFailure: the database was restored from the backup " + backup
                    + " taken before the upgrade, so there is nothing to repair or resolve; the failed run's revision,"
                    + " statement and error are in " + log), upgrade.toString());
            assertTrue(Files.readString(log).contains("applied by this run before it, undone by the restore: c3tags,"
                    + " b2notes, d4orders\n"), Files.readString(log));
            assertEquals(tables, db.tables());
            assertEquals(Set.of("a1items"), db.versionRows());
            java.util.List<String> after = db.history();
            assertEquals(history, after.subList(0, history.size()));
            assertEquals(java.util.List.of("c3tags rolled_back", "b2notes rolled_back", "d4orders rolled_back",
                    "e5payments rolled_back"), after.subList(history.size(), after.size()));
        }
    }

    @Test
    void restoreOnFailureWithoutABackupNamesTheFlag() throws Exception {
        try (Database db = Database.open(Database.Kind.H2)) {
            Cli.Result upgrade = new Cli().run(db.args("upgrade", "--restore-on-failure"));

            assertEquals(1, upgrade.code(), upgrade.toString());
            assertTrue(upgrade.err().contains("--restore-on-failure is true, but there is no backup to restore: set"
                    + " --backup-before-upgrade or the environment variable MIGRATE_BACKUP_BEFORE_UPGRADE to true as"
                    + " well"), upgrade.toString());
            assertEquals(Set.of(), db.tables());
        }
    }

    @Test
    void aMissingToolFailsAnUpgradeThatWantsABackupBeforeItRuns() throws Exception {
        Cli cli = new Cli().env("PATH", directory.toString());
        try (Database db = Database.open(Database.Kind.POSTGRESQL)) {
            Cli.Result upgrade = cli.run(db.args("upgrade", "--backup-before-upgrade=true", "--backup-directory",
                    directory.resolve("out").toString()));

            assertEquals(1, upgrade.code(), upgrade.toString());
            assertTrue(upgrade.err().contains("upgrade: pg_dump not found on the PATH: install it (on Debian/Ubuntu:"
                    + " apt-get install postgresql-client)"), upgrade.toString());
            assertEquals(Set.of(), db.tables(), "nothing ran");
            assertFalse(Files.exists(directory.resolve("out")), "nothing ran");
        }
    }

    @Test
    void aMissingToolNamesItsPackage() throws Exception {
        Cli cli = new Cli().env("PATH", directory.toString());
        try (Database db = Database.open(Database.Kind.MARIADB)) {
            Cli.Result backup = cli.run(db.args("backup", "--backup-directory", directory.resolve("out").toString()));

            assertEquals(1, backup.code(), backup.toString());
            assertTrue(backup.err().contains("backup: mariadb-dump or mysqldump not found on the PATH: install it"
                    + " (on Debian/Ubuntu: apt-get install mariadb-client)"), backup.toString());
            assertFalse(Files.exists(directory.resolve("out")), "nothing ran");
        }
    }
}
