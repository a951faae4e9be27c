package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The connection a run opens before picocli reads its arguments: taken by the command when the
 * settings are the same, and closed when the run ends without it. Counted on an in-memory H2
 * database whose {@code INIT} records every connection opened to it.
 */
class HeadStartTest {

    /**
     * H2 runs INIT on each new connection: the table counts the connections opened. It has a schema
     * of its own, which the revisions' schema checks do not see.
     */
    private static final String COUNTED = ";INIT=CREATE SCHEMA IF NOT EXISTS counts\\;"
            + "CREATE TABLE IF NOT EXISTS counts.opened (n INT)\\;INSERT INTO counts.opened VALUES (1)";

    private final Cli cli = new Cli();

    @Test
    void aStatusOpensNoMoreConnectionsWithAHeadStartThanWithout(@TempDir Path dir) throws Exception {
        String url = "jdbc:h2:mem:headstart;DB_CLOSE_DELAY=-1" + COUNTED;
        Path config = Files.writeString(dir.resolve("migrate.properties"), "url=" + url.replace("\\", "\\\\") + "\n");
        try (Connection watcher = DriverManager.getConnection(url, "", "")) {
            Cli.Result upgrade = cli.run("upgrade", "--quiet", "--url", url);
            assertEquals(0, upgrade.code(), upgrade.toString());
            // Settings from a --config file: no head start, the migrator connects as it always did.
            int before = opened(watcher);
            Cli.Result fromFile = cli.run("status", "--exit-code", "--config", config.toString());
            int withoutHeadStart = opened(watcher) - before;

            before = opened(watcher);
            Cli.Result fromFlag = cli.run("status", "--exit-code", "--url", url);
            int withHeadStart = opened(watcher) - before;

            assertEquals(0, fromFile.code(), fromFile.toString());
            assertEquals(0, fromFlag.code(), fromFlag.toString());
            assertEquals(fromFile.out(), fromFlag.out());
            assertEquals(withoutHeadStart, withHeadStart, "the connection opened ahead was not the one used");
        }
    }

    @Test
    void aRunThatEndsBeforeConnectingClosesTheConnectionOpenedAhead() throws Exception {
        // Without DB_CLOSE_DELAY, the database lives as long as a connection to it.
        String url = "jdbc:h2:mem:untaken" + COUNTED;
        try (Connection watcher = DriverManager.getConnection(url, "", "")) {
            Cli.Result misspelt = cli.env("MIGRATE_URL", url).run("status", "--exit-cod");

            assertEquals(1, misspelt.code(), misspelt.toString());
            assertTrue(misspelt.err().contains("--exit-cod"), misspelt.toString());
            // It may still be opening when the run ends; it is closed as soon as it has opened.
            for (int i = 0; i < 500 && (opened(watcher) < 2 || sessions(watcher) > 1); i++) {
                Thread.sleep(10);
            }
            assertEquals(2, opened(watcher), "the run opened a connection ahead");
            assertEquals(1, sessions(watcher), "the connection opened ahead is still open");
        }
    }

    @Test
    void aCommandThatWritesOpensNothingAhead() throws Exception {
        // It checks the bundle against its manifest before anything of it connects.
        String url = "jdbc:h2:mem:writes" + COUNTED;
        try (Connection watcher = DriverManager.getConnection(url, "", "")) {
            assertNothingOpenedAhead(watcher, 1, cli.env("MIGRATE_URL", url).run("upgrade", "--dry-rnu"));
        }
    }

    @Test
    void argumentsAfterTheEndOfOptionsNameNoDatabase() throws Exception {
        String url = "jdbc:h2:mem:afterend" + COUNTED;
        try (Connection watcher = DriverManager.getConnection(url, "", "")) {
            assertNothingOpenedAhead(watcher, 1, cli.run("status", "--", "--url=" + url));
        }
    }

    @Test
    void anArgumentFileIsPicoclisToRead(@TempDir Path dir) throws Exception {
        String fromEnvironment = "jdbc:h2:mem:overridden" + COUNTED;
        String fromFile = "jdbc:h2:mem:fromfile;DB_CLOSE_DELAY=-1";
        Path args = Files.writeString(dir.resolve("args"), "--url \"" + fromFile + "\"\n");
        try (Connection watcher = DriverManager.getConnection(fromEnvironment, "", "")) {
            assertNothingOpenedAhead(watcher, 0, cli.env("MIGRATE_URL", fromEnvironment).run("status", "@" + args));
        }
    }

    @Test
    void credentialsFromTwoPlacesLogInNowhere() throws Exception {
        String url = "jdbc:h2:mem:twoplaces" + COUNTED;
        try (Connection watcher = DriverManager.getConnection(url, "sa", "secret")) {
            Cli.Result run = cli.env("MIGRATE_USER", "sa").run("status", "--url", url, "--password", "secret");
            assertTrue(run.err().contains("MIGRATE_USER"), run.toString());
            assertNothingOpenedAhead(watcher, 1, run);
        }
    }

    @Test
    void theUsageConnectsToNothing() throws Exception {
        String url = "jdbc:h2:mem:usage" + COUNTED;
        try (Connection watcher = DriverManager.getConnection(url, "", "")) {
            assertNothingOpenedAhead(watcher, 0, cli.run("status", "--url", url, "--help"));
        }
    }

    /** The run ended with {@code code}, and no connection but the watcher's reached the database. */
    private static void assertNothingOpenedAhead(Connection watcher, int code, Cli.Result run) throws Exception {
        assertEquals(code, run.code(), run.toString());
        // A connection opened ahead may still be opening when the run ends.
        Thread.sleep(300);
        assertEquals(1, opened(watcher), "a connection was opened ahead");
    }

    private static int opened(Connection connection) throws SQLException {
        return count(connection, "SELECT COUNT(*) FROM counts.opened");
    }

    private static int sessions(Connection connection) throws SQLException {
        return count(connection, "SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS");
    }

    private static int count(Connection connection, String sql) throws SQLException {
        try (var statement = connection.createStatement(); var rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
