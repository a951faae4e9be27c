package dev.migrate.internal.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;

/** How one database takes and gives back the migration lock on a dedicated connection. */
public interface LockStrategy {

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

    /**
     * Whether another session holds the lock now, asked once without waiting on a connection that
     * is closed afterwards: by default the lock is taken and given back at once when free.
     *
     * @return whether another session holds it
     */
    default boolean held(Connection connection, TableNames names) throws SQLException {
        if (acquire(connection, names, Duration.ZERO)) {
            release(connection);
            return false;
        }
        return true;
    }

    /** Gives the lock back; the connection is closed afterwards in any case. */
    void release(Connection connection) throws SQLException;
}
