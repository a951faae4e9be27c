package dev.migrate;

import dev.migrate.internal.Redaction;
import dev.migrate.internal.index.LoadedRevisions;
import dev.migrate.internal.jdbc.Dialect;
import dev.migrate.internal.jdbc.HistoryTable;
import dev.migrate.internal.jdbc.MigrationLock;
import dev.migrate.internal.jdbc.RevisionState;
import dev.migrate.internal.jdbc.StepExecutor;
import dev.migrate.internal.jdbc.TableNames;
import dev.migrate.internal.jdbc.VersionTable;
import dev.migrate.spi.RevisionDescriptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/**
 * One command's hold on the database: the lock (for commands that write), a working connection,
 * and the bookkeeping tables. Reading commands take no lock and create nothing.
 */
final class Session implements AutoCloseable {

    private final MigrationLock lock;
    private final DataSource dataSource;
    private final TableNames tables;
    private final Connection connection;
    private final VersionTable versions;
    private final HistoryTable history;
    private final Dialect dialect;
    /** Whether the bookkeeping tables exist: asked of the metadata once, then known, since only createTables changes it. */
    private Boolean tablesExist;

    private Session(MigrationLock lock, DataSource dataSource, Connection connection, TableNames tables) {
        this.lock = lock;
        this.dataSource = dataSource;
        this.tables = tables;
        this.connection = connection;
        this.dialect = Dialect.of(connection);
        this.versions = new VersionTable(dialect, tables);
        this.history = new HistoryTable(dialect, tables);
    }

    /** Takes the lock, then a working connection. */
    static Session open(DataSource dataSource, TableNames tables, Duration lockTimeout) {
        MigrationLock lock = MigrationLock.acquire(dataSource, tables, lockTimeout);
        try {
            return new Session(lock, dataSource, connect(dataSource), tables);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** A working connection without the lock, for commands that only read. */
    static Session read(DataSource dataSource, TableNames tables) {
        Connection connection = connect(dataSource);
        try {
            return new Session(null, dataSource, connection, tables);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    Set<String> currentRows() {
        return tablesExist() ? versions.read(connection) : Set.of();
    }

    void createTables() {
        versions.create(connection);
        history.create(connection);
        tablesExist = true;
    }

    /** The tables are created together, so the version table stands for both. */
    private boolean tablesExist() {
        if (tablesExist == null) {
            tablesExist = versions.exists(connection);
        }
        return tablesExist;
    }

    void requireNoUnresolvedFailures() {
        if (tablesExist()) {
            history.requireNoUnresolvedFailures(connection);
        }
    }

    /**
     * The revisions whose failure blocks runs. Without the lock, a {@code running} row may be the
     * step of a run in progress: it counts only when the lock is free, tried without waiting, and
     * the rows are then read again under it.
     */
    List<String> failedRevisions() {
        List<String> failed = new ArrayList<>();
        if (!tablesExist()) {
            return failed;
        }
        List<RevisionState> states = history.failedRevisions(connection);
        if (lock == null && states.stream().anyMatch(RevisionState::interrupted)) {
            Optional<MigrationLock> free = MigrationLock.tryAcquire(dataSource, tables);
            if (free.isEmpty()) {
                states = states.stream().filter(state -> !state.interrupted()).toList();
            } else {
                try (MigrationLock held = free.get()) {
                    states = history.failedRevisions(connection);
                }
            }
        }
        for (RevisionState state : states) {
            if (state.unresolvedFailure()) {
                failed.add(state.revision());
            }
        }
        return failed;
    }

    /** The latest history row of every revision that has one; empty without tables. */
    Map<String, RevisionState> latestStates() {
        return tablesExist() ? history.latestByRevision(connection) : Map.of();
    }

    /** Records that {@code revision}'s failure was repaired by hand. Call it while holding the lock. */
    void markResolved(String revision) {
        history.markResolved(connection, revision);
    }

    /** Applied revisions whose recorded checksum differs from the index's: their source changed. */
    List<String> checksumMismatches(LoadedRevisions revisions) {
        if (!tablesExist()) {
            return new ArrayList<>();
        }
        return history.changedChecksums(connection,
                id -> revisions.descriptor(id).map(RevisionDescriptor::checksum).orElse(null));
    }

    Dialect dialect() {
        return dialect;
    }

    StepExecutor executor() {
        return new StepExecutor(connection, dialect, versions, history);
    }

    @Override
    public void close() {
        closeQuietly(connection);
        if (lock != null) {
            lock.close();
        }
    }

    private static Connection connect(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new MigrationException(RuntimeMessage.CANNOT_CONNECT.format("the data source",
                    Redaction.message(e, null)), e);
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // Closing after the work is done: nothing left to lose.
        }
    }
}
