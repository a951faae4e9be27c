package dev.migrate.internal.execution;

import dev.migrate.Direction;
import dev.migrate.Migration;
import dev.migrate.MigrationException;
import dev.migrate.internal.engine.PlannedStep;
import dev.migrate.internal.engine.RowChange;
import dev.migrate.internal.jdbc.Bookkeeping;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.jdbc.HistoryDirection;
import dev.migrate.internal.jdbc.HistoryRow;
import dev.migrate.internal.jdbc.HistoryStatus;
import dev.migrate.internal.jdbc.HistoryTable;
import dev.migrate.internal.jdbc.JdbcOps;
import dev.migrate.internal.jdbc.StatementCache;
import dev.migrate.internal.jdbc.Texts;
import dev.migrate.internal.jdbc.VersionTable;
import dev.migrate.report.CommandNames;
import dev.migrate.spi.RevisionDescriptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The connection steps run on, with the bookkeeping tables and statements they share: what an
 * atomic step, a step in pieces and the single transaction all do the same way.
 */
final class StepConnection {

    final Connection connection;
    final Dialect dialect;
    final VersionTable versions;
    final HistoryTable history;
    final StatementCache statements;
    /** How a failure's message names the command that marks it resolved: the front end's. */
    final CommandNames commands;
    private final Bookkeeping bookkeeping;
    private String installedBy;

    StepConnection(Connection connection, Dialect dialect, VersionTable versions, HistoryTable history,
            CommandNames commands) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.versions = Objects.requireNonNull(versions, "versions");
        this.history = Objects.requireNonNull(history, "history");
        this.statements = new StatementCache(connection);
        this.commands = Objects.requireNonNull(commands, "commands");
        this.bookkeeping = new Bookkeeping(dialect, versions, history, statements);
    }

    /** Checks that the arguments belong together; returns the history's direction of the step. */
    static HistoryDirection check(PlannedStep step, Migration migration, RevisionDescriptor revision) {
        Objects.requireNonNull(migration, "migration");
        if (!step.revisionId().equals(revision.id())) {
            throw new IllegalArgumentException("step is for " + step.revisionId() + ", descriptor for " + revision.id());
        }
        return step.direction() == Direction.UPGRADE ? HistoryDirection.UPGRADE : HistoryDirection.DOWNGRADE;
    }

    void invoke(Migration migration, PlannedStep step) throws SQLException {
        JdbcOps ops = new JdbcOps(connection, statements, dialect, step.revisionId(), step.direction(),
                migration.getClass());
        try {
            if (step.direction() == Direction.UPGRADE) {
                migration.upgrade(ops);
                // Within the step, and so its transaction: a failing check fails the step.
                migration.verify(ops);
            } else {
                migration.downgrade(ops);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // Revisions may throw checked exceptions; carry them as the failure's cause.
            throw new StepFailure.Thrown(e);
        }
    }

    /** Applies {@code changes} and inserts {@code rows}, in one round trip where the database allows. */
    void record(List<RowChange> changes, List<HistoryRow> rows) throws SQLException {
        bookkeeping.record(connection, changes, rows, installedBy());
    }

    /**
     * The row changes and {@code applied} history row of a step in one transaction, in one round trip
     * where the database allows.
     */
    void recordApplied(PlannedStep step, RevisionDescriptor revision, HistoryDirection direction,
            Instant startedAt, long start) throws SQLException {
        record(step.rowChanges(), List.of(HistoryRow.of(revision, direction,
                HistoryStatus.APPLIED, startedAt, elapsed(start), null, true)));
    }

    /** Writes the {@code failed} row of a step in one transaction, committed at once; a second failure is attached. */
    void recordFailed(MigrationException failure, RevisionDescriptor revision, HistoryDirection direction,
            Instant startedAt, long start) {
        try {
            connection.setAutoCommit(true);
            history.insert(connection, HistoryRow.of(revision, direction, HistoryStatus.FAILED, startedAt,
                    elapsed(start), failure.getMessage(), true), installedBy());
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(new MigrationException("The failure could not be recorded in the history table "
                    + history.qualifiedName() + ": " + Texts.describe(e), e));
        }
    }

    String installedBy() throws SQLException {
        if (installedBy == null) {
            // Asked once per executor: some drivers (MySQL) query the server for it.
            installedBy = connection.getMetaData().getUserName();
        }
        return installedBy;
    }

    boolean autoCommit() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new MigrationException("Cannot use the database connection: " + Texts.describe(e), e);
        }
    }

    void restoreAutoCommit(boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // The connection is broken; the caller finds out at its next use.
        }
    }

    void rollback(Exception primary) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            primary.addSuppressed(e);
        }
    }

    static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
