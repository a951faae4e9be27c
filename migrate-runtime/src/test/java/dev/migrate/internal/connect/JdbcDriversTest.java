package dev.migrate.internal.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class JdbcDriversTest {

    @Test
    void aDocumentedPrefixNamesItsDriverOnce() {
        assertEquals("org.h2.Driver", JdbcDrivers.named("jdbc:h2:mem:x").getClass().getName());
        assertSame(JdbcDrivers.named("jdbc:h2:mem:x"), JdbcDrivers.named("jdbc:h2:mem:y"));
        assertEquals("org.postgresql.Driver", JdbcDrivers.named("jdbc:postgresql://db/app").getClass().getName());
        assertEquals("com.mysql.cj.jdbc.Driver", JdbcDrivers.named("jdbc:mysql://db/app").getClass().getName());
        assertEquals("org.mariadb.jdbc.Driver", JdbcDrivers.named("jdbc:mariadb://db/app").getClass().getName());
    }

    @Test
    void theNamedDriverConnects() throws SQLException {
        Driver driver = JdbcDrivers.named("jdbc:h2:mem:named");
        Properties user = new Properties();
        user.setProperty("user", "sa");
        try (Connection connection = driver.connect("jdbc:h2:mem:named", user)) {
            assertEquals("SA", connection.getMetaData().getUserName());
        }
    }

    @Test
    void anotherPrefixIsLeftToDriverManager() {
        assertNull(JdbcDrivers.named("jdbc:sqlite:app.db"));
        // The drivers compare their prefix case included, and would not take this URL: DriverManager says so.
        assertNull(JdbcDrivers.named("JDBC:H2:mem:x"));
        assertNull(JdbcDrivers.named(null));
        assertNull(JdbcDrivers.named("jdbc:h2"));
        assertNull(JdbcDrivers.named("jdbc:"));
        assertNull(JdbcDrivers.named("postgresql://db/app"));
    }
}
