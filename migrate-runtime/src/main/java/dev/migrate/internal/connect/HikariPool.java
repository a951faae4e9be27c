package dev.migrate.internal.connect;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * The HikariCP pool of a migrator that was asked for one. The only class that names HikariCP, and
 * loaded only when a pool is asked for, so that the runtime works without HikariCP on the class path.
 */
final class HikariPool {

    private HikariPool() {}

    static HikariDataSource open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setPoolName("migrate");
        // The lock holds one connection and the steps use another.
        config.setMaximumPoolSize(3);
        // One stays open: the pool checks the database by connecting as it starts, and keeping
        // that connection saves the first command opening another (with minimum 0 it is closed).
        config.setMinimumIdle(1);
        return new HikariDataSource(config);
    }
}
