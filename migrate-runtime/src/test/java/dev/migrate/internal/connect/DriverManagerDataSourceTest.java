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

    @Test
    void printsNoPassword() {
        String text = new DriverManagerDataSource("jdbc:h2:mem:x", "sa", "pa55word").toString();
        assertFalse(text.contains("pa55word"), text);
    }
}
