package dev.migrate.internal.command;

import dev.migrate.AcceptedChecksum;
import dev.migrate.Direction;
import dev.migrate.Migration;
import dev.migrate.MigrationException;
import dev.migrate.internal.Redaction;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.Dialects;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.engine.LineageSource;
import dev.migrate.internal.engine.RecordedRevision;
import dev.migrate.internal.execution.SeedExecutor;
import dev.migrate.internal.execution.StepExecutor;
import dev.migrate.internal.index.LoadedRevisions;
import dev.migrate.internal.jdbc.BookkeepingLayout;
import dev.migrate.internal.jdbc.ChecksumAcceptances;
import dev.migrate.internal.jdbc.HistoryTable;
import dev.migrate.internal.jdbc.JdbcOps;
import dev.migrate.internal.jdbc.LockWait;
import dev.migrate.internal.jdbc.MigrationLock;
import dev.migrate.internal.jdbc.RecordedHistory;
import dev.migrate.internal.jdbc.RevisionState;
import dev.migrate.internal.jdbc.SeedState;
import dev.migrate.internal.jdbc.StatementCache;
import dev.migrate.internal.jdbc.Texts;
import dev.migrate.internal.jdbc.VersionTable;
import dev.migrate.report.CommandNames;
import dev.migrate.spi.RevisionDescriptor;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * One command's hold on the database: the lock (for commands that write), a working connection,
 * and the bookkeeping tables. Reading commands take no lock and create nothing.
 */
public final class Session implements AutoCloseable {

    private final MigrationLock lock;
    private final DataSource dataSource;
    private final TableNames tables;
    private final Connection connection;
    private final VersionTable versions;
    private final HistoryTable history;
    private final Dialect dialect;
    /**
     * Which bookkeeping tables exist, and whether the history has this release's layout: asked of
     * the information schema once, then known, since only this session's commands change it.
     */
    private BookkeepingLayout.Found layout;
    /** Whether the history table has the {@code lineage} column: asked only when a command needs to know. */
    private Boolean lineageColumn;

    private Session(MigrationLock lock, DataSource dataSource, Connection connection, TableNames tables) {
        this.lock = lock;
        this.dataSource = dataSource;
        this.tables = tables;
        this.connection = connection;
        this.dialect = Dialects.of(connection);
        this.versions = new VersionTable(dialect, tables);
        this.history = new HistoryTable(dialect, tables);
    }

    /** Takes the lock, then a working connection. */
    public static Session open(DataSource dataSource, TableNames tables, LockWait lockWait) {
        MigrationLock lock = MigrationLock.acquire(dataSource, tables, lockWait);
        try {
            return new Session(lock, dataSource, connect(dataSource), tables);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** What a command checks on its working connection before it takes the lock; it may refuse by throwing. */
    @FunctionalInterface
    interface BeforeLock {
        void check(Connection connection, Dialect dialect);
    }

    /**
     * Takes a working connection, runs {@code check} on it, then takes the lock: a command that
     * refuses there writes nothing, not even H2's lock table. Whatever {@code check} reads may
     * change while the lock is awaited, so it reads the database itself, not through the session.
     */
    static Session open(DataSource dataSource, TableNames tables, LockWait lockWait, BeforeLock check) {
        Connection connection = connect(dataSource);
        try {
            check.check(connection, Dialects.of(connection));
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        MigrationLock lock;
        try {
            lock = MigrationLock.acquire(dataSource, tables, lockWait);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
        try {
            return new Session(lock, dataSource, connection, tables);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            lock.close();
            throw e;
        }
    }

    /** A working connection without the lock, for commands that only read. */
    public static Session read(DataSource dataSource, TableNames tables) {
        Connection connection = connect(dataSource);
        try {
            return new Session(null, dataSource, connection, tables);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /** The name of the database the connection works in, as the dialect's {@link Dialect#databaseNameQuery} reads it. */
    public String databaseName() {
        try (Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(dialect.databaseNameQuery())) {
            return row.next() ? row.getString(1) : null;
        } catch (SQLException e) {
            throw new MigrationException("cannot read the name of the database: " + e.getMessage(), e);
        }
    }

    /**
     * Runs a revision's {@link Migration#verify} on this session's connection in a read-only
     * transaction that is rolled back: a check that changes nothing, even if the verify tried.
     *
     * @return {@code null} when it passes, else why it failed
     */
    public String verify(String revision, Migration migration) {
        try {
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try (StatementCache statements = new StatementCache(connection)) {
                migration.verify(new JdbcOps(connection, statements, dialect, revision, Direction.UPGRADE,
                        migration.getClass()));
                return null;
            } catch (Exception e) {
                return e instanceof SQLException sql ? Texts.describe(sql) : Texts.describe(e);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new MigrationException("cannot verify " + revision + " read-only: " + Texts.describe(e), e);
        }
    }

    public Set<String> currentRows() {
        return tablesExist() ? versions.read(connection) : Set.of();
    }

    public void createTables() {
        boolean previousLayout = previousLayout();
        versions.create(connection);
        history.create(connection);
        if (previousLayout) {
            // CREATE TABLE IF NOT EXISTS left the previous release's table as it was.
            history.addLineage(connection);
        }
        layout = new BookkeepingLayout.Found(true, true);
        lineageColumn = true;
    }

    /**
     * Brings existing bookkeeping tables to this release's layout before a command that writes; call
     * it while holding the lock. A history table of the previous release gets its {@code lineage}
     * column. A version table without its history table (dropped by hand, or stamped by an older
     * tool) gets an empty one, keeping its rows, and {@code warn} hears it.
     */
    public void repairTables(Consumer<String> warn) {
        BookkeepingLayout.Found found = layout();
        if (!found.versionTable() || (found.historyTable() && !previousLayout())) {
            return;
        }
        if (!found.historyTable()) {
            Set<String> rows = currentRows();
            history.create(connection);
            warn.accept(RuntimeMessage.HISTORY_RECREATED.format(dialect.qualify(tables.schema(), tables.versionTable()),
                    dialect.qualify(tables.schema(), tables.historyTable()), rows.isEmpty() ? "(none)"
                    : String.join(", ", rows)));
        } else {
            history.addLineage(connection);
        }
        layout = new BookkeepingLayout.Found(true, true);
        lineageColumn = true;
    }

    /** What the history table records of where revisions stand; nothing without the table or its column. */
    public LineageSource lineage() {
        boolean recorded = historyExists() && !previousLayout();
        return new LineageSource() {
            @Override
            public Map<String, String> recorded(Collection<String> revisions) {
                return recorded ? history.lineage(connection, revisions) : Map.of();
            }

            @Override
            public Map<String, String> all() {
                return recorded ? history.lineage(connection, null) : Map.of();
            }
        };
    }

    /**
     * What the history records of each revision with an applied row; nothing without the table, or
     * with the previous release's layout, whose rows record no lineage to check the graph against.
     */
    public Map<String, RecordedRevision> recordedRevisions() {
        return historyExists() && !previousLayout() ? history.recordedRevisions(connection) : Map.of();
    }

    /** Whether the history table has the previous release's layout, without the {@code lineage} column. */
    public boolean previousLayout() {
        if (lineageColumn == null) {
            // Which tables exist is known by now: ask only for the column.
            lineageColumn = historyExists() && new BookkeepingLayout(dialect, tables).lineage(connection);
        }
        return historyExists() && !lineageColumn;
    }

    private BookkeepingLayout.Found layout() {
        if (layout == null) {
            layout = new BookkeepingLayout(dialect, tables).find(connection);
        }
        return layout;
    }

    private boolean tablesExist() {
        return layout().versionTable();
    }

    /** The history table may be missing next to a version table (dropped by hand): then it holds nothing. */
    private boolean historyExists() {
        return layout().historyTable();
    }

    public void requireNoUnresolvedFailures(CommandNames commands) {
        if (historyExists()) {
            history.requireNoUnresolvedFailures(connection, commands);
        }
    }

    /**
     * What the failed and running rows say: the revisions whose failure blocks runs, and those whose
     * {@code running} row is the step of a run in progress. Without the lock, a {@code running} row
     * counts as a failure only when the lock is free, tried without waiting, and the rows are then
     * read again under it; it is a step in progress when a run held the lock.
     *
     * @param failed the revisions whose failure blocks runs, oldest first
     * @param inProgress the revisions whose step a run is doing now, oldest first
     */
    public record Failures(List<String> failed, List<String> inProgress) {

        /** No failed revision, and no step in progress. */
        public static final Failures NONE = new Failures(List.of(), List.of());
    }

    /** The failed and running rows; see {@link Failures}. */
    public Failures failures() {
        if (!historyExists()) {
            return Failures.NONE;
        }
        List<RevisionState> states = history.failedRevisions(connection);
        List<String> inProgress = List.of();
        if (lock == null && states.stream().anyMatch(RevisionState::interrupted)) {
            Optional<MigrationLock> free = MigrationLock.tryAcquire(dataSource, tables);
            if (free.isEmpty()) {
                inProgress = states.stream().filter(RevisionState::interrupted).map(RevisionState::revision).toList();
                states = states.stream().filter(state -> !state.interrupted()).toList();
            } else {
                try (MigrationLock held = free.get()) {
                    states = history.failedRevisions(connection);
                }
            }
        }
        List<String> failed = new ArrayList<>();
        for (RevisionState state : states) {
            if (state.unresolvedFailure()) {
                failed.add(state.revision());
            }
        }
        return new Failures(failed, inProgress);
    }

    /** The latest history row of every revision that has one; empty without tables. */
    public Map<String, RevisionState> latestStates() {
        return historyExists() ? history.latestByRevision(connection) : Map.of();
    }

    /** Records that {@code revision}'s failure was repaired by hand. Call it while holding the lock. */
    public void markResolved(String revision) {
        history.markResolved(connection, revision);
    }

    /** Records that {@code revision}'s source now has {@code checksum}, for {@code reason}. Call it while holding the lock. */
    public AcceptedChecksum acceptChecksum(String revision, String checksum, String reason) {
        return new ChecksumAcceptances(dialect, history).accept(connection, revision, checksum, reason);
    }

    /** The accepted checksums that no later step has followed, by revision; empty without tables. */
    public Map<String, AcceptedChecksum> acceptedChecksums() {
        return historyExists() ? new ChecksumAcceptances(dialect, history).latest(connection) : Map.of();
    }

    /** Applied revisions whose recorded checksum differs from the index's: their source changed. */
    public List<String> checksumMismatches(LoadedRevisions revisions) {
        if (!historyExists()) {
            return new ArrayList<>();
        }
        return history.changedChecksums(connection, checksums(revisions));
    }

    /** As {@link #checksumMismatches(LoadedRevisions)}, from what {@link #scanHistory} read. */
    public List<String> checksumMismatches(RecordedHistory scanned, LoadedRevisions revisions) {
        return scanned.changedChecksums(checksums(revisions));
    }

    private static Function<String, String> checksums(LoadedRevisions revisions) {
        return id -> revisions.descriptor(id).map(RevisionDescriptor::checksum).orElse(null);
    }

    /**
     * What a status reads of the history, in one scan of its revision rows: the checksums that
     * {@link #checksumMismatches(RecordedHistory, LoadedRevisions)} checks and, when {@code
     * recorded}, what {@link #recordedRevisions()} reads, empty as it is with the previous
     * release's layout. Nothing without the table.
     */
    public RecordedHistory scanHistory(boolean recorded) {
        if (!historyExists()) {
            return RecordedHistory.EMPTY;
        }
        // The layout is asked only when the lineage is wanted, as recordedRevisions asks it.
        return history.scanRevisions(connection, recorded && !previousLayout());
    }

    public Dialect dialect() {
        return dialect;
    }

    /** The latest history row of every seed that has one; empty without the history table. */
    public Map<String, SeedState> seedStates() {
        return historyExists() ? history.seedStates(connection) : Map.of();
    }

    /** Runs seeds on this session's connection; {@code again} is the command a failure suggests. */
    public SeedExecutor seedExecutor(CommandNames commands, String again) {
        return new SeedExecutor(connection, dialect, versions, history, commands, again);
    }

    public StepExecutor executor(CommandNames commands) {
        return new StepExecutor(connection, dialect, versions, history, commands);
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
