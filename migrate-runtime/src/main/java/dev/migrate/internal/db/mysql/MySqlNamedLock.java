package dev.migrate.internal.db.mysql;

import dev.migrate.MigrationException;
import dev.migrate.internal.db.LockStrategy;
import dev.migrate.internal.db.TableNames;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

/**
 * A named lock ({@code GET_LOCK}): the server releases it when the session ends, so a killed
 * process cannot leave it held. Names are server-wide, so the name includes the database.
 */
final class MySqlNamedLock implements LockStrategy {

    /** MySQL refuses lock names longer than 64 characters. */
    private static final int MAX_NAME = 64;

    private String name;

    @Override
    public boolean acquire(Connection connection, TableNames names, Duration timeout) throws SQLException {
        connection.setAutoCommit(true);
        String schema = names.schema() != null ? names.schema() : connection.getCatalog();
        name = lockName("migrate:" + schema + "." + names.versionTable());
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            lock.setString(1, name);
            // Whole seconds: MySQL takes an integer timeout; round up so short waits still wait. Zero tries once.
            lock.setLong(2, timeout.isZero() ? 0 : Math.max(1, (timeout.toMillis() + 999) / 1000));
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                int result = row.getInt(1);
                if (row.wasNull()) {
                    throw new MigrationException("The database could not take the migration lock " + name
                            + ": GET_LOCK returned NULL (an error such as running out of memory or the session being"
                            + " killed); run the command again");
                }
                return result == 1;
            }
        }
    }

    /** The connection that holds the named lock, with its user, host and time in its current state. */
    @Override
    public Optional<String> holder(Connection connection) throws SQLException {
        long id;
        try (PreparedStatement used = connection.prepareStatement("SELECT IS_USED_LOCK(?)")) {
            used.setString(1, name);
            try (ResultSet row = used.executeQuery()) {
                row.next();
                id = row.getLong(1);
                if (row.wasNull()) {
                    return Optional.empty();
                }
            }
        }
        try (PreparedStatement process = connection.prepareStatement(
                "SELECT USER, HOST, TIME FROM information_schema.PROCESSLIST WHERE ID = ?")) {
            process.setLong(1, id);
            try (ResultSet row = process.executeQuery()) {
                if (!row.next()) {
                    // The user may not see other users' connections without the PROCESS privilege.
                    return Optional.of("connection id " + id);
                }
                return Optional.of("connection id " + id + ", user " + row.getString(1) + ", host " + row.getString(2)
                        + ", " + row.getLong(3) + " s in its current state");
            }
        }
    }

    @Override
    public void release(Connection connection) throws SQLException {
        try (PreparedStatement unlock = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
            unlock.setString(1, name);
            try (ResultSet ignored = unlock.executeQuery()) {
                // 0 or NULL would mean the lock was not held by us: nothing more to give back.
            }
        }
    }

    /** The name, or a hash of it when it is too long for MySQL. */
    static String lockName(String full) {
        if (full.length() <= MAX_NAME) {
            return full;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(full.getBytes(StandardCharsets.UTF_8));
            return "migrate:" + HexFormat.of().formatHex(digest, 0, 24);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
