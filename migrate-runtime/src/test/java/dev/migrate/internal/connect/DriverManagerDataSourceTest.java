package dev.migrate.internal.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DriverManagerDataSourceTest {

    @Test
    void opensANewConnectionAsTheUserEachTime() throws SQLException {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:plain;DB_CLOSE_DELAY=-1", "sa", "");
        try (Connection first = dataSource.getConnection(); Connection second = dataSource.getConnection()) {
            assertNotSame(first, second);
            assertEquals("SA", first.getMetaData().getUserName());
        }
    }

    @Test
    void aRejectedLoginSaysSoWithoutThePassword() throws SQLException {
        String url = "jdbc:h2:mem:login;DB_CLOSE_DELAY=-1";
        // The first user to connect creates an H2 database and owns it.
        new DriverManagerDataSource(url, "sa", "").getConnection().close();
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "wr0ng-pa55");
        SQLException e = assertThrows(SQLException.class, dataSource::getConnection);
        assertTrue(e.getMessage().contains("Wrong user name or password"), e.getMessage());
        assertFalse(e.getMessage().contains("wr0ng-pa55"), e.getMessage());
    }

    @Test
    void aFailureMasksTheUrlsCredentials() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:nodriver://bob:url-s3cret@db/app?password=param-s3cret", "bob", "pa55");
        SQLException e = assertThrows(SQLException.class, dataSource::getConnection);
        assertTrue(e.getMessage().startsWith("No JDBC driver on the class path takes the URL"
                + " jdbc:nodriver://***@db/app?password=***;"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertEquals(null, e.getCause());
    }

    /** H2 runs INIT on each new connection: the table counts the connections opened. */
    private static final String COUNTED = ";INIT=CREATE TABLE IF NOT EXISTS opened (n INT)\\;INSERT INTO opened VALUES (1)";

    @Test
    void theFirstRequestTakesTheConnectionOpenedAheadAndLaterOnesConnect() throws SQLException {
        DriverManagerDataSource dataSource = new DriverManagerDataSource("jdbc:h2:mem:ahead;DB_CLOSE_DELAY=-1"
                + COUNTED, "sa", "");
        dataSource.connectAhead();
        try (Connection first = dataSource.getConnection()) {
            assertEquals(1, opened(first), "the first request opened no connection of its own");
            try (Connection second = dataSource.getConnection()) {
                assertNotSame(first, second);
                assertEquals(2, opened(second));
            }
        }
        dataSource.close();
    }

    @Test
    void aConnectionOpenedAheadThatNoOneTookIsClosedWithTheDataSource() throws Exception {
        // Without DB_CLOSE_DELAY, an in-memory H2 database lives as long as a connection to it.
        String url = "jdbc:h2:mem:untaken" + COUNTED;
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
        try (Connection watcher = new DriverManagerDataSource(url, "sa", "").getConnection()) {
            dataSource.connectAhead();
            for (int i = 0; i < 500 && opened(watcher) < 2; i++) {
                Thread.sleep(10);
            }
            assertEquals(2, opened(watcher), "the connection ahead opened");
            dataSource.close();
        }
        try (Connection after = new DriverManagerDataSource(url, "sa", "").getConnection()) {
            assertEquals(1, opened(after), "a new database: the one ahead was closed with the data source");
        }
    }

    @Test
    void aFailureToConnectAheadIsTheFirstRequestsFailure() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:nodriver://bob:url-s3cret@db/app", "bob", "pa55");
        dataSource.connectAhead();
        SQLException e = assertThrows(SQLException.class, dataSource::getConnection);
        assertTrue(e.getMessage().startsWith("No JDBC driver on the class path takes the URL"), e.getMessage());
        assertFalse(e.getMessage().contains("s3cret"), e.getMessage());
        assertThrows(SQLException.class, dataSource::getConnection, "later requests connect again, and fail again");
    }

    @Test
    void aConnectionOpenedBeforeAnyDataSourceIsTakenByTheFirstWithTheSameSettings() throws SQLException {
        String url = "jdbc:h2:mem:headstart;DB_CLOSE_DELAY=-1" + COUNTED;
        DriverManagerDataSource.openAhead(url, "sa", "");
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
        dataSource.connectAhead();
        try (Connection first = dataSource.getConnection()) {
            assertEquals(1, opened(first), "the data source opened a connection of its own");
            try (Connection second = dataSource.getConnection()) {
                assertEquals(2, opened(second));
            }
        }
        dataSource.close();
    }

    @Test
    void aConnectionOpenedAheadWithOtherSettingsIsClosedNotTaken() throws Exception {
        // Without DB_CLOSE_DELAY, an in-memory H2 database lives as long as a connection to it.
        String url = "jdbc:h2:mem:othersettings" + COUNTED;
        try (Connection watcher = new DriverManagerDataSource(url, "sa", "").getConnection()) {
            DriverManagerDataSource.openAhead(url, "sa", null);
            awaitOpened(watcher, 2);
            DriverManagerDataSource dataSource = new DriverManagerDataSource(url, "sa", "");
            dataSource.connectAhead();
            try (Connection own = dataSource.getConnection()) {
                assertEquals(3, opened(own), "a connection opened with another password was taken");
                assertEquals(2, sessions(watcher), "the one opened ahead is still open");
            }
            dataSource.close();
        }
    }

    @Test
    void closeAheadClosesTheConnectionNoOneTook() throws Exception {
        String url = "jdbc:h2:mem:discarded" + COUNTED;
        try (Connection watcher = new DriverManagerDataSource(url, "sa", "").getConnection()) {
            DriverManagerDataSource.openAhead(url, "sa", "");
            awaitOpened(watcher, 2);
            assertEquals(2, sessions(watcher));
            DriverManagerDataSource.closeAhead();
            assertEquals(1, sessions(watcher));
        }
    }

    private static void awaitOpened(Connection watcher, int count) throws Exception {
        for (int i = 0; i < 500 && opened(watcher) < count; i++) {
            Thread.sleep(10);
        }
        assertEquals(count, opened(watcher), "the connection ahead opened");
    }

    private static int sessions(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.SESSIONS")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static int opened(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT COUNT(*) FROM opened")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    @Test
    void printsNoPassword() {
        String text = new DriverManagerDataSource("jdbc:h2:mem:x", "sa", "pa55word").toString();
        assertFalse(text.contains("pa55word"), text);
    }

    @Test
    void theSlotOfAConnectionOpenedAheadShowsNoPassword() throws Exception {
        java.lang.reflect.Field slot = DriverManagerDataSource.class.getDeclaredField("AHEAD");
        slot.setAccessible(true);
        DriverManagerDataSource.openAhead("jdbc:nodriver://bob:url-s3cret@db/app", "bob", "pa55-ahead");
        try {
            String shown = slot.get(null).toString();
            assertTrue(shown.contains("bob"), shown);
            assertFalse(shown.contains("pa55-ahead"), shown);
            assertFalse(shown.contains("url-s3cret"), shown);
        } finally {
            DriverManagerDataSource.closeAhead();
        }
    }
}
