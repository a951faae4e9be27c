package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.Dialects;
import dev.migrate.internal.db.LockStrategy;
import dev.migrate.internal.db.TableNames;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The lock that keeps two migration runs against one version table from overlapping. It is held
 * on a dedicated connection for the whole command and is of a kind the database itself releases
 * when that connection dies (PostgreSQL: session advisory lock; MySQL/MariaDB: {@code GET_LOCK};
 * H2: a row locked {@code FOR UPDATE} in an open transaction), so a killed process never leaves
 * it behind. {@link #close()} releases it and closes the connection.
 *
 * <pre>{@code
 * try (MigrationLock lock = MigrationLock.acquire(dataSource, names, Duration.ofSeconds(30))) {
 *     // create tables, read versions, run steps on other connections
 * }
 * }</pre>
 */
public final class MigrationLock implements AutoCloseable {

    private final Connection connection;
    private final LockStrategy strategy;
    private boolean closed;

    private MigrationLock(Connection connection, LockStrategy strategy) {
        this.connection = connection;
        this.strategy = strategy;
    }

    /**
     * Opens a dedicated connection and takes the lock on it, waiting up to {@code timeout}.
     *
     * @param dataSource where to connect
     * @param names the bookkeeping tables; the lock is per version table
     * @param timeout how long to wait for another run to finish
     * @return the held lock
     * @throws MigrationException on timeout (another run holds the lock) or a database error
     */
    public static MigrationLock acquire(DataSource dataSource, TableNames names, Duration timeout) {
        return acquire(dataSource, names, LockWait.silent(timeout));
    }

    /**
     * Opens a dedicated connection and takes the lock on it, waiting up to {@code wait.timeout()};
     * while it waits, {@code wait.warn()} hears at once and then every {@code wait.interval()} that
     * it waits and who holds the lock, where the database can tell.
     *
     * @param dataSource where to connect
     * @param names the bookkeeping tables; the lock is per version table
     * @param wait how long to wait and whom to tell
     * @return the held lock
     * @throws MigrationException on timeout (another run holds the lock) or a database error
     */
    public static MigrationLock acquire(DataSource dataSource, TableNames names, LockWait wait) {
        return take(connect(dataSource), names, wait, true);
    }

    /**
     * Takes the lock if no run holds it, without waiting: for a reader that must know whether a run
     * is in progress.
     *
     * @param dataSource where to connect
     * @param names the bookkeeping tables; the lock is per version table
     * @return the held lock, or empty when another run holds it
     * @throws MigrationException on a database error
     */
    public static Optional<MigrationLock> tryAcquire(DataSource dataSource, TableNames names) {
        return Optional.ofNullable(take(connect(dataSource), names, LockWait.silent(Duration.ZERO), false));
    }

    /**
     * Whether a run holds the lock now, asked once without waiting on a connection of its own:
     * the lock is taken and given back at once when free, and nothing is created.
     *
     * @param dataSource where to connect
     * @param names the bookkeeping tables; the lock is per version table
     * @return whether a run holds it
     * @throws MigrationException on a database error
     */
    public static boolean held(DataSource dataSource, TableNames names) {
        Objects.requireNonNull(names, "names");
        Connection connection = connect(dataSource);
        try {
            Dialect dialect = Dialects.of(connection);
            dialect.identifierLimits().check(names);
            try {
                return dialect.lockStrategy().held(connection, names);
            } catch (SQLException e) {
                throw new MigrationException("Cannot ask whether a run holds the migration lock for the version table "
                        + dialect.qualify(names.schema(), names.versionTable()) + ": " + Texts.describe(e), e);
            }
        } finally {
            closeQuietly(connection, null);
        }
    }

    /**
     * Takes the lock on {@code connection}, which the lock then owns: it must not be used for
     * anything else, and {@link #close()} closes it. On failure the connection is closed too.
     *
     * @param connection a dedicated connection
     * @param names the bookkeeping tables; the lock is per version table
     * @param timeout how long to wait for another run to finish
     * @return the held lock
     * @throws MigrationException on timeout (another run holds the lock) or a database error
     */
    public static MigrationLock acquire(Connection connection, TableNames names, Duration timeout) {
        return take(connection, names, LockWait.silent(timeout), true);
    }

    /**
     * Takes the lock on {@code connection}. When another run holds it for all of the wait's
     * timeout, throws if {@code required}, else closes the connection and returns {@code null}.
     */
    private static MigrationLock take(Connection connection, TableNames names, LockWait wait, boolean required) {
        Objects.requireNonNull(names, "names");
        Objects.requireNonNull(wait, "wait");
        Duration timeout = wait.timeout();
        try {
            Dialect dialect = Dialects.of(connection);
            // Taking the lock is every command's first step, and on H2 it creates a table: check the names before.
            dialect.identifierLimits().check(names);
            LockStrategy strategy = dialect.lockStrategy();
            boolean taken;
            try {
                taken = waitFor(connection, strategy, dialect, names, wait);
            } catch (SQLException e) {
                throw new MigrationException("Cannot take the migration lock for the version table "
                        + dialect.qualify(names.schema(), names.versionTable()) + ": " + Texts.describe(e), e);
            }
            if (taken) {
                return new MigrationLock(connection, strategy);
            }
            if (required) {
                throw new MigrationException(LockMessage.TIMED_OUT.format(
                        dialect.qualify(names.schema(), names.versionTable()), describe(timeout)));
            }
            closeQuietly(connection, null);
            return null;
        } catch (RuntimeException e) {
            closeQuietly(connection, e);
            throw e;
        }
    }

    /**
     * Tries once without waiting; when another run holds the lock, says so with its holder, then
     * waits in slices of the wait's interval, saying again after each, until the timeout is used up.
     * The time waited is counted in slices, not read from a clock: a database that rounds a wait
     * (MySQL: whole seconds) waits a little longer than said.
     */
    private static boolean waitFor(Connection connection, LockStrategy strategy, Dialect dialect, TableNames names,
            LockWait wait) throws SQLException {
        if (strategy.acquire(connection, names, Duration.ZERO)) {
            return true;
        }
        Duration timeout = wait.timeout();
        if (timeout.isZero()) {
            return false;
        }
        String table = dialect.qualify(names.schema(), names.versionTable());
        wait.warn().accept(LockMessage.WAITING.format(table, holder(strategy, connection), describe(timeout)));
        Duration waited = Duration.ZERO;
        while (true) {
            Duration slice = min(wait.interval(), timeout.minus(waited));
            if (strategy.acquire(connection, names, slice)) {
                return true;
            }
            waited = waited.plus(slice);
            if (waited.compareTo(timeout) >= 0) {
                return false;
            }
            wait.warn().accept(LockMessage.STILL_WAITING.format(table, describe(waited),
                    holder(strategy, connection), describe(timeout)));
        }
    }

    /** Who holds the lock, as far as the database tells; never fails the wait for want of an answer. */
    private static String holder(LockStrategy strategy, Connection connection) {
        try {
            return strategy.holder(connection).orElse(LockMessage.HOLDER_UNKNOWN.format());
        } catch (SQLException e) {
            return LockMessage.HOLDER_UNKNOWN.format() + ": " + Texts.describe(e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /**
     * Releases the lock and closes its connection. If the connection is already broken the
     * database has released the lock with the session, so errors here are not reported.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            strategy.release(connection);
        } catch (SQLException | RuntimeException e) {
            // The session is gone or going: the database frees the lock with it.
        } finally {
            closeQuietly(connection, null);
        }
    }

    private static Connection connect(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new MigrationException("Cannot connect to the database to take the migration lock: "
                    + Texts.describe(e), e);
        }
    }

    private static void closeQuietly(Connection connection, Throwable primary) {
        try {
            connection.close();
        } catch (SQLException e) {
            if (primary != null) {
                primary.addSuppressed(e);
            }
        }
    }

    private static String describe(Duration timeout) {
        long millis = timeout.toMillis();
        return millis % 1000 == 0 ? (millis / 1000) + " s" : millis + " ms";
    }
}
