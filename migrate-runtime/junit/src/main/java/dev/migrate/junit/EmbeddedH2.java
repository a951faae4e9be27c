package dev.migrate.junit;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/**
 * A fresh in-memory H2 database, the default of {@link MigrateRoundTrip}. H2 is an optional
 * dependency: this class is only loaded once {@link #available()} has said it is there.
 */
final class EmbeddedH2 implements AutoCloseable {

    private static final String DATA_SOURCE = "org.h2.jdbcx.JdbcDataSource";

    private final JdbcDataSource dataSource = new JdbcDataSource();

    EmbeddedH2() {
        // Kept open between connections (each migrator command opens its own) until close().
        dataSource.setURL("jdbc:h2:mem:migrate_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        dataSource.setPassword("");
    }

    static boolean available(ClassLoader loader) {
        try {
            Class.forName(DATA_SOURCE, false, loader);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    DataSource dataSource() {
        return dataSource;
    }

    /** Drops the database. */
    @Override
    public void close() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }
}
