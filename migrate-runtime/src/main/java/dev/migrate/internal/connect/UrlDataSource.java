package dev.migrate.internal.connect;

import dev.migrate.MigrationException;
import dev.migrate.internal.Redaction;
import javax.sql.DataSource;

/**
 * The data source a migrator opens for a JDBC URL, and what closing the migrator must close.
 *
 * @param dataSource the connections
 * @param owned the pool, or the connection opened ahead, to close with the migrator; {@code null}
 *     when there is nothing to close
 */
public record UrlDataSource(DataSource dataSource, AutoCloseable owned) {

    private static final String HIKARI = "com.zaxxer.hikari.HikariDataSource";

    /**
     * Opens the connections for a URL: one per request by default, the first of them opening at
     * once on a thread of its own, or a HikariCP pool.
     *
     * @param url the JDBC URL
     * @param user the user, or {@code null}
     * @param password the password, or {@code null}; never printed
     * @param pooled whether to open a HikariCP pool, which must be on the class path
     * @return the data source
     * @throws MigrationException when a pool is asked for without HikariCP
     * @throws RuntimeException when the pool cannot connect: HikariCP's own exception, which may
     *     quote the URL and password
     */
    public static UrlDataSource open(String url, String user, String password, boolean pooled) {
        if (!pooled) {
            DriverManagerDataSource direct = new DriverManagerDataSource(url, user, password);
            // A migrator connects at once: the first connection opens while the revisions load.
            direct.connectAhead();
            return new UrlDataSource(direct, direct);
        }
        if (!hikariPresent()) {
            throw new MigrationException(ConnectMessage.NO_POOL.format());
        }
        var pool = HikariPool.open(url, user, password);
        return new UrlDataSource(pool, pool);
    }

    /**
     * Closes the pool, if there is one, or the connection opened ahead if no one took it.
     *
     * @throws MigrationException when the pool fails to close
     */
    public void close() {
        if (owned == null) {
            return;
        }
        try {
            owned.close();
        } catch (Exception e) {
            throw new MigrationException(ConnectMessage.CANNOT_CLOSE.format(Redaction.message(e, null)), e);
        }
    }

    private static boolean hikariPresent() {
        try {
            Class.forName(HIKARI, false, UrlDataSource.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
