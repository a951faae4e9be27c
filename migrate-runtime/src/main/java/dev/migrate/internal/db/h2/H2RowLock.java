package dev.migrate.internal.db.h2;

import dev.migrate.internal.db.LockStrategy;
import dev.migrate.internal.db.TableNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/**
 * H2 has no advisory or named locks, so the lock is a row of a one-row table ({@code
 * <version table>_lock}) selected {@code FOR UPDATE} in a transaction that stays open on the
 * dedicated connection. A row lock belongs to its transaction: H2 rolls the transaction back, and
 * frees the row, when the connection is closed or aborted, when the TCP session of a server-mode
 * client drops, and (for an embedded or in-memory database) when the process dies with the
 * database. No stale lock row can outlive its holder, unlike a "locked = true" flag.
 */
final class H2RowLock implements LockStrategy {

    /** H2's error code for a lock wait that hit LOCK_TIMEOUT. */
    private static final int LOCK_TIMEOUT = 50200;
    /** H2's error code for a duplicate primary key. */
    private static final int DUPLICATE_KEY = 23505;

    private final H2Dialect dialect;

    H2RowLock(H2Dialect dialect) {
        this.dialect = dialect;
    }

    @Override
    public boolean acquire(Connection connection, TableNames names, Duration timeout) throws SQLException {
        String table = dialect.qualify(names.schema(), names.lockTable());
        connection.setAutoCommit(true);
        try (Statement statement = connection.createStatement()) {
            // Set first: the CREATE below waits for H2's schema lock while another process creates its
            // tables, and under load that took longer than H2's default of one second.
            statement.execute("SET LOCK_TIMEOUT " + Math.max(1, timeout.toMillis()));
            statement.execute("CREATE TABLE IF NOT EXISTS " + table + " (id INT NOT NULL PRIMARY KEY)");
            // Insert the row only when missing: an update would itself wait for the holder's lock.
            try {
                statement.executeUpdate("INSERT INTO " + table + " (id) SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM "
                        + table + " WHERE id = 1)");
            } catch (SQLException e) {
                if (e.getErrorCode() != DUPLICATE_KEY) {
                    throw e;
                }
                // Another run inserted it at the same moment: fine, the row exists.
            }
        }
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM " + table + " WHERE id = 1 FOR UPDATE");
                ResultSet ignored = lock.executeQuery()) {
            return true;
        } catch (SQLException e) {
            connection.rollback();
            if (e.getErrorCode() == LOCK_TIMEOUT) {
                return false;
            }
            throw e;
        }
    }

    /**
     * Without the lock table no run has ever taken the lock here (a run creates it first): the
     * question is then answered without creating it, so that asking stays a read.
     */
    @Override
    public boolean held(Connection connection, TableNames names) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
                + " WHERE TABLE_SCHEMA = COALESCE(?, CURRENT_SCHEMA) AND TABLE_NAME = ?")) {
            exists.setString(1, names.schema() == null ? null : dialect.storedName(names.schema()));
            exists.setString(2, dialect.storedName(names.lockTable()));
            try (ResultSet row = exists.executeQuery()) {
                row.next();
                if (row.getInt(1) == 0) {
                    return false;
                }
            }
        }
        return LockStrategy.super.held(connection, names);
    }

    @Override
    public void release(Connection connection) throws SQLException {
        // Ending the transaction frees the row.
        connection.rollback();
    }
}
