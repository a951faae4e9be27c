package dev.migrate.internal.execution;

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
import dev.migrate.internal.jdbc.Texts;
import dev.migrate.internal.jdbc.VersionTable;
import dev.migrate.report.CommandNames;
import dev.migrate.spi.RevisionDescriptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs planned steps on one connection, each with its version-table changes and a history row.
 *
 * <p>Where the database has transactional DDL (PostgreSQL) and the revision is transactional, the
 * revision, its row changes and its {@code applied} history row are one transaction: a failure
 * rolls all of it back and then records a {@code failed} row in a transaction of its own, so the
 * database keeps no trace but that row. Elsewhere (MySQL, MariaDB, H2, or {@code transactional =
 * false}) the step first commits a {@code running} history row, then the revision runs in
 * auto-commit mode, then one transaction makes the version-table changes and updates that row to
 * {@code applied}; a failure updates it to {@code failed}. Either blocks further runs until it is
 * resolved (see {@link HistoryTable#requireNoUnresolvedFailures}): a {@code failed} row, or a row
 * left {@code running} because the process stopped part-way. Each step keeps exactly one row.
 *
 * <p>{@link #inOneTransaction()} runs several steps in a single transaction instead, committed
 * together or not at all (PostgreSQL only).
 *
 * <p>Bookkeeping costs one round trip per transactional step on PostgreSQL, and one statement per
 * row change plus one insert elsewhere (see {@link Bookkeeping}), whatever the history's size. A
 * step outside a transaction costs one statement more, the {@code running} row. The statements stay
 * open from step to step until {@link #close()}.
 */
public final class StepExecutor implements AutoCloseable {

    private final StepConnection on;

    /**
     * @param connection the connection to run on; its auto-commit mode is restored after each step
     * @param dialect the database's dialect
     * @param versions the version table
     * @param history the history table
     */
    public StepExecutor(Connection connection, Dialect dialect, VersionTable versions, HistoryTable history) {
        this(connection, dialect, versions, history, CommandNames.API);
    }

    /**
     * @param connection the connection to run on; its auto-commit mode is restored after each step
     * @param dialect the database's dialect
     * @param versions the version table
     * @param history the history table
     * @param commands how a failure's message names the command that marks it resolved
     */
    public StepExecutor(Connection connection, Dialect dialect, VersionTable versions, HistoryTable history,
            CommandNames commands) {
        this.on = new StepConnection(connection, dialect, versions, history, commands);
    }

    /** Closes the statements the steps kept open; the connection stays open. */
    @Override
    public void close() {
        on.statements.close();
    }

    /**
     * Runs one step: the revision's {@code upgrade} or {@code downgrade}, then the step's row
     * changes and an {@code applied} history row.
     *
     * @param step the step, whose revision id is {@code revision.id()}
     * @param migration a new instance of the revision
     * @param revision the revision's message, checksum and transactional flag
     * @throws MigrationException when the revision or its bookkeeping fails; the failure has been
     *     recorded in the history table, and the message says whether anything was left behind
     */
    public void run(PlannedStep step, Migration migration, RevisionDescriptor revision) {
        HistoryDirection direction = StepConnection.check(step, migration, revision);
        boolean atomic = on.dialect.transactionalDdl() && revision.transactional();
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        boolean autoCommit = on.autoCommit();
        try {
            if (atomic) {
                AtomicStep.run(on, step, migration, revision, direction, startedAt, start);
            } else {
                StepInPieces.run(on, step, migration, revision, direction, startedAt, start);
            }
        } finally {
            on.restoreAutoCommit(autoCommit);
        }
    }

    /**
     * Records a stamp: applies {@code changes} and adds a {@code stamp} history row for each of
     * {@code revisions}, in one transaction, without running any revision.
     *
     * @param changes the version-table changes
     * @param revisions the revisions the stamp names, for the history
     * @throws MigrationException when the changes cannot be made; nothing is changed then
     */
    public void stamp(List<RowChange> changes, List<RevisionDescriptor> revisions) {
        boolean autoCommit = on.autoCommit();
        Instant now = Instant.now();
        try {
            on.connection.setAutoCommit(false);
            List<HistoryRow> rows = new ArrayList<>(revisions.size());
            for (RevisionDescriptor revision : revisions) {
                rows.add(HistoryRow.of(revision, HistoryDirection.STAMP, HistoryStatus.APPLIED, now, 0, null, true));
            }
            on.record(changes, rows);
            on.connection.commit();
        } catch (SQLException | RuntimeException e) {
            on.rollback(e);
            if (e instanceof MigrationException m) {
                throw m;
            }
            throw new MigrationException("Cannot stamp the version table: " + Texts.describe(e), e);
        } finally {
            on.restoreAutoCommit(autoCommit);
        }
    }

    /**
     * Starts running several steps in a single transaction: each step's revision and bookkeeping
     * join it, and {@link OneTransaction#commit()} commits them all at once. Only for a database
     * with transactional DDL, and only for transactional revisions; the caller checks both first.
     *
     * @return the transaction; close it, which rolls back whatever was not committed
     * @throws IllegalStateException when the database cannot roll DDL back
     */
    public OneTransaction inOneTransaction() {
        if (!on.dialect.transactionalDdl()) {
            throw new IllegalStateException(on.dialect.name() + " commits DDL at once: no single transaction");
        }
        return new OneTransaction(on, on.autoCommit());
    }
}
