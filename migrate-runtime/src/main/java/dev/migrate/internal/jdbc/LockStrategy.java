package dev.migrate.internal.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/** How one database takes and gives back the migration lock on a dedicated connection. */
interface LockStrategy {

    /**
     * Waits up to {@code timeout} for the lock.
     *
     * @return whether the lock was taken; {@code false} on timeout
     */
    boolean acquire(Connection connection, TableNames names, Duration timeout) throws SQLException;

    /**
     * Who holds the lock, as far as the database tells, asked on the connection that waits for it
     * after {@link #acquire} returned {@code false}.
     *
     * @return the holder, or empty when the database cannot tell
     */
    default Optional<String> holder(Connection connection) throws SQLException {
        return Optional.empty();
    }

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
