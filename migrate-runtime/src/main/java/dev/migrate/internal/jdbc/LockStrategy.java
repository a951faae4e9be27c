package dev.migrate.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/** How one database takes and gives back the migration lock on a dedicated connection. */
interface LockStrategy {

    /**
     * Waits up to {@code timeout} for the lock.
     *
     * @return whether the lock was taken; {@code false} on timeout
     */
    boolean acquire(Connection connection, TableNames names, Duration timeout) throws SQLException;

    /** Gives the lock back; the connection is closed afterwards in any case. */
    void release(Connection connection) throws SQLException;

    static LockStrategy of(Dialect dialect) {
        if (dialect instanceof PostgresDialect) {
            return new PostgresAdvisoryLock();
        } else if (dialect instanceof MySqlDialect) {
            return new MySqlNamedLock();
        } else if (dialect instanceof H2Dialect h2) {
            return new H2RowLock(h2);
        }
        throw new IllegalArgumentException("no lock for " + dialect.name());
    }
}
