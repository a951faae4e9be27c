package dev.migrate.internal.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.MigrationException;
import org.junit.jupiter.api.Test;

class DatabaseAddressTest {

    @Test
    void readsPostgresqlUrls() {
        assertEquals(new DatabaseAddress("postgresql", "db.example", 6543, "app", "sales"),
                DatabaseAddress.parse("jdbc:postgresql://db.example:6543/app?currentSchema=sales&ssl=true", null));
        assertEquals(new DatabaseAddress("postgresql", "localhost", 5432, "app", null),
                DatabaseAddress.parse("jdbc:postgresql:app", null));
        assertEquals(new DatabaseAddress("postgresql", "h1", 5432, "app", "own"),
                DatabaseAddress.parse("jdbc:postgresql://h1,h2:5433/app?currentSchema=sales", "own"));
    }

    @Test
    void readsMysqlAndMariadbUrlsWithoutTheirCredentials() {
        assertEquals(new DatabaseAddress("mysql", "127.0.0.1", 3306, "shop", null),
                DatabaseAddress.parse("jdbc:mysql://127.0.0.1/shop?sslMode=DISABLED", null));
        assertEquals(new DatabaseAddress("mysql", "db", 3307, "shop", null),
                DatabaseAddress.parse("jdbc:mariadb://app:s3cret@db:3307/shop", null));
        assertEquals("other", DatabaseAddress.parse("jdbc:mysql://db/shop", "other").database());
    }

    @Test
    void refusesOtherUrlsWithoutShowingTheirPassword() {
        MigrationException e = assertThrows(MigrationException.class,
                () -> DatabaseAddress.parse("jdbc:oracle:thin:scott/tiger@db:1521/x?password=tiger", null));
        assertTrue(e.getMessage().contains("jdbc:postgresql:"), e.getMessage());
        assertFalse(e.getMessage().contains("password=tiger"), e.getMessage());
        MigrationException none = assertThrows(MigrationException.class,
                () -> DatabaseAddress.parse("jdbc:mysql://db:3306/", null));
        assertTrue(none.getMessage().contains("names no database"), none.getMessage());
    }
}
