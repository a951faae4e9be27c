package dev.migrate.internal.db.postgres;

import dev.migrate.internal.db.LockStrategy;
import dev.migrate.internal.db.TableNames;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A session-level advisory lock: PostgreSQL releases it when the session ends, so a killed
 * process cannot leave it held. The key is derived from the version table's schema and name, so
 * runs against different version tables in one database do not block each other.
 */
final class PostgresAdvisoryLock implements LockStrategy {

    /** PostgreSQL's SQL state for a lock wait that hit lock_timeout. */
    private static final String LOCK_NOT_AVAILABLE = "55P03";

    private long key;

    @Override
    public boolean acquire(Connection connection, TableNames names, Duration timeout) throws SQLException {
        connection.setAutoCommit(true);
        String schema = names.schema() != null ? names.schema() : connection.getSchema();
        key = key("migrate:" + schema + "." + names.versionTable());
        // pg_advisory_lock waits in the lock manager, so lock_timeout bounds the wait; the
        // setting is local to this dedicated session and reset right after.
        try (PreparedStatement set = connection.prepareStatement("SELECT set_config('lock_timeout', ?, false)")) {
            set.setString(1, Math.max(1, timeout.toMillis()) + "ms");
            set.execute();
        }
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, key);
            lock.execute();
            return true;
        } catch (SQLException e) {
            if (LOCK_NOT_AVAILABLE.equals(e.getSQLState())) {
                return false;
            }
            throw e;
        } finally {
            try (Statement reset = connection.createStatement()) {
                reset.execute("RESET lock_timeout");
            }
        }
    }

    /**
     * The session that holds the advisory lock: a bigint key shows in {@code pg_locks} as its high
     * half in {@code classid}, its low half in {@code objid}, and {@code objsubid} 1.
     */
    @Override
    public Optional<String> holder(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT a.pid, a.application_name, a.client_addr,"
                + " a.backend_start, a.query_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
                + " AND l.classid::bigint = ? AND l.objid::bigint = ?")) {
            query.setLong(1, key >>> 32);
            query.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                String client = row.getString(3);
                return Optional.of("PostgreSQL backend pid " + row.getInt(1) + ", application \"" + row.getString(2)
                        + "\", client " + (client == null ? "local socket" : client) + ", connected at "
                        + row.getObject(4, OffsetDateTime.class) + ", last statement at "
                        + row.getObject(5, OffsetDateTime.class));
            }
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, key);
            try (ResultSet ignored = unlock.executeQuery()) {
                // false would mean the lock was not held: nothing more to give back.
            }
        }
    }

    /** The first 8 bytes of the name's SHA-256: stable across runs and JVMs. */
    static long key(String name) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
