package dev.migrate.internal.jdbc;

import dev.migrate.Direction;
import dev.migrate.Migration;
import dev.migrate.MigrationException;
import dev.migrate.internal.engine.PlannedStep;
import dev.migrate.internal.engine.RowChange;
import dev.migrate.spi.RevisionDescriptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

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

    private final Connection connection;
    private final Dialect dialect;
    private final VersionTable versions;
    private final HistoryTable history;
    private final StatementCache statements;
    private final Bookkeeping bookkeeping;
    private String installedBy;

    /**
     * @param connection the connection to run on; its auto-commit mode is restored after each step
     * @param dialect the database's dialect
     * @param versions the version table
     * @param history the history table
     */
    public StepExecutor(Connection connection, Dialect dialect, VersionTable versions, HistoryTable history) {
        this.connection = Objects.requireNonNull(connection, "connection");
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.versions = Objects.requireNonNull(versions, "versions");
        this.history = Objects.requireNonNull(history, "history");
        this.statements = new StatementCache(connection);
        this.bookkeeping = new Bookkeeping(dialect, versions, history, statements);
    }

    /** Closes the statements the steps kept open; the connection stays open. */
    @Override
    public void close() {
        statements.close();
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
        HistoryDirection direction = check(step, migration, revision);
        boolean atomic = dialect.transactionalDdl() && revision.transactional();
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        boolean autoCommit = autoCommit();
        try {
            if (atomic) {
                runAtomically(step, migration, revision, direction, startedAt, start);
            } else {
                runInPieces(step, migration, revision, direction, startedAt, start);
            }
        } finally {
            restoreAutoCommit(autoCommit);
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
        boolean autoCommit = autoCommit();
        Instant now = Instant.now();
        try {
            connection.setAutoCommit(false);
            List<HistoryRow> rows = new ArrayList<>(revisions.size());
            for (RevisionDescriptor revision : revisions) {
                rows.add(HistoryRow.of(revision, HistoryDirection.STAMP, HistoryStatus.APPLIED, now, 0, null, true));
            }
            bookkeeping.record(connection, changes, rows, installedBy());
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            if (e instanceof MigrationException m) {
                throw m;
            }
            throw new MigrationException("Cannot stamp the version table: " + Texts.describe(e), e);
        } finally {
            restoreAutoCommit(autoCommit);
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
        if (!dialect.transactionalDdl()) {
            throw new IllegalStateException(dialect.name() + " commits DDL at once: no single transaction");
        }
        return new OneTransaction(autoCommit());
    }

    /** Steps that commit together or not at all; see {@link #inOneTransaction()}. */
    public final class OneTransaction implements AutoCloseable {

        private final boolean autoCommit;
        private int ran;
        private PlannedStep lastStep;
        private RevisionDescriptor lastRevision;
        private HistoryDirection lastDirection;
        private boolean over;

        private OneTransaction(boolean autoCommit) {
            this.autoCommit = autoCommit;
        }

        /**
         * Runs one step inside the transaction, without committing.
         *
         * @param step the step, whose revision id is {@code revision.id()}
         * @param migration a new instance of the revision
         * @param revision the revision, which must be transactional
         * @throws MigrationException when the revision or its bookkeeping fails; everything the
         *     transaction held has been rolled back and the failure recorded
         */
        public void run(PlannedStep step, Migration migration, RevisionDescriptor revision) {
            HistoryDirection direction = check(step, migration, revision);
            if (!revision.transactional() || over) {
                throw new IllegalStateException("revision " + revision.id() + " cannot join the single transaction");
            }
            Instant startedAt = Instant.now();
            long start = System.nanoTime();
            try {
                connection.setAutoCommit(false);
                invoke(migration, step);
                recordApplied(step, revision, direction, startedAt, start);
            } catch (SQLException | RuntimeException e) {
                throw rolledBack(step, revision, direction, startedAt, start, e, ran);
            }
            ran++;
            lastStep = step;
            lastRevision = revision;
            lastDirection = direction;
        }

        /**
         * Commits every step run so far.
         *
         * @throws MigrationException when the commit fails; everything has been rolled back, and the
         *     failure recorded against the last step
         */
        public void commit() {
            if (over) {
                throw new IllegalStateException("the single transaction is over");
            }
            over = true;
            if (ran == 0) {
                return;
            }
            try {
                connection.commit();
            } catch (SQLException e) {
                throw rolledBack(lastStep, lastRevision, lastDirection, Instant.now(), System.nanoTime(), e, ran - 1);
            }
        }

        private MigrationException rolledBack(PlannedStep step, RevisionDescriptor revision,
                HistoryDirection direction, Instant startedAt, long start, Exception e, int before) {
            rollback(e);
            over = true;
            MigrationException failure = failure(revision, step, e, "The command ran in a single transaction, which"
                    + " was rolled back: nothing was left applied" + (before > 0 ? ", not even the " + before
                    + " revision(s) before this one" : "") + ". The database and the version table are as they"
                    + " were before the command.");
            record(failure, revision, direction, startedAt, start);
            return failure;
        }

        /** Rolls back whatever was not committed, and restores the connection's auto-commit mode. */
        @Override
        public void close() {
            if (!over) {
                try {
                    connection.rollback();
                } catch (SQLException ignored) {
                    // The connection is broken, which ends the transaction too.
                }
                over = true;
            }
            restoreAutoCommit(autoCommit);
        }
    }

    private void runAtomically(PlannedStep step, Migration migration, RevisionDescriptor revision,
            HistoryDirection direction, Instant startedAt, long start) {
        try {
            connection.setAutoCommit(false);
            invoke(migration, step);
            recordApplied(step, revision, direction, startedAt, start);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            MigrationException failure = failure(revision, step, e,
                    "Its changes were rolled back; the database and the version table are as before.");
            record(failure, revision, direction, startedAt, start);
            throw failure;
        }
    }

    private void runInPieces(PlannedStep step, Migration migration, RevisionDescriptor revision,
            HistoryDirection direction, Instant startedAt, long start) {
        // The dialect's name starts the sentence as it is spelled; "the revision" gets a capital there.
        String leftover = dialect.transactionalDdl()
                ? "the revision is not transactional, so"
                : dialect.name() + " commits DDL at once, so";
        String sentence = leftover.substring(0, 1).toUpperCase(Locale.ROOT) + leftover.substring(1);
        long row;
        try {
            // Committed before the revision runs: should the process die, the next run finds it running.
            connection.setAutoCommit(true);
            HistoryRow running = HistoryRow.of(revision, direction, HistoryStatus.RUNNING, startedAt, 0, null, false);
            row = history.insertRunning(connection, running, installedBy());
        } catch (SQLException | RuntimeException e) {
            throw new MigrationException(JdbcMessage.START_NOT_RECORDED.format(revision.id(), history.qualifiedName(),
                    Texts.describe(e)), e);
        }
        try {
            invoke(migration, step);
        } catch (SQLException | RuntimeException e) {
            MigrationException failure = failure(revision, step, e,
                    JdbcMessage.FAILED_IN_PIECES.format(sentence, JdbcMessage.howToResolve(revision.id())));
            recordFailed(failure, row, start);
            throw failure;
        }
        try {
            connection.setAutoCommit(false);
            versions.apply(connection, step.rowChanges());
            history.finish(connection, row, HistoryStatus.APPLIED, elapsed(start), null);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            MigrationException failure = failure(revision, step, e, JdbcMessage.RECORDING_FAILED.format(
                    leftover, JdbcMessage.howToResolve(revision.id())));
            recordFailed(failure, row, start);
            throw failure;
        }
    }

    /** Updates the step's {@code running} row to {@code failed}, committed at once; a second failure is attached. */
    private void recordFailed(MigrationException failure, long row, long start) {
        try {
            connection.setAutoCommit(true);
            history.finish(connection, row, HistoryStatus.FAILED, elapsed(start), failure.getMessage());
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(new MigrationException("The failure could not be recorded in the history table "
                    + history.qualifiedName() + ", whose row for the step stays running: " + Texts.describe(e), e));
        }
    }

    /**
     * The row changes and {@code applied} history row of a step in one transaction, in one round trip
     * where the database allows.
     */
    private void recordApplied(PlannedStep step, RevisionDescriptor revision, HistoryDirection direction,
            Instant startedAt, long start) throws SQLException {
        bookkeeping.record(connection, step.rowChanges(), List.of(HistoryRow.of(revision, direction,
                HistoryStatus.APPLIED, startedAt, elapsed(start), null, true)), installedBy());
    }

    /** Checks that the arguments belong together; returns the history's direction of the step. */
    private static HistoryDirection check(PlannedStep step, Migration migration, RevisionDescriptor revision) {
        Objects.requireNonNull(migration, "migration");
        if (!step.revisionId().equals(revision.id())) {
            throw new IllegalArgumentException("step is for " + step.revisionId() + ", descriptor for " + revision.id());
        }
        return step.direction() == Direction.UPGRADE ? HistoryDirection.UPGRADE : HistoryDirection.DOWNGRADE;
    }

    private void invoke(Migration migration, PlannedStep step) throws SQLException {
        JdbcOps ops = new JdbcOps(connection, statements, dialect, step.revisionId(), step.direction(),
                migration.getClass());
        try {
            if (step.direction() == Direction.UPGRADE) {
                migration.upgrade(ops);
            } else {
                migration.downgrade(ops);
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            // Revisions may throw checked exceptions; carry them as the failure's cause.
            throw new UserException(e);
        }
    }

    /** Writes the {@code failed} row of a step in one transaction, committed at once; a second failure is attached. */
    private void record(MigrationException failure, RevisionDescriptor revision, HistoryDirection direction,
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

    private static MigrationException failure(RevisionDescriptor revision, PlannedStep step, Exception e,
            String consequence) {
        String verb = step.direction().name().toLowerCase(Locale.ROOT);
        String what;
        Throwable cause = e;
        if (e instanceof JdbcOps.StatementFailedException || (e instanceof MigrationException
                && e.getMessage() != null && e.getMessage().startsWith("Revision " + revision.id()))) {
            what = e.getMessage();
        } else if (e instanceof UserException user) {
            cause = user.getCause();
            what = "Revision " + revision.id() + " failed to " + verb + ": " + Texts.describe(cause);
        } else if (e instanceof MigrationException) {
            what = "Revision " + revision.id() + " failed to " + verb + ": " + e.getMessage();
        } else {
            what = "Revision " + revision.id() + " failed to " + verb + ": " + Texts.describe(e);
        }
        return new MigrationException(what + System.lineSeparator() + consequence, cause);
    }

    private String installedBy() throws SQLException {
        if (installedBy == null) {
            // Asked once per executor: some drivers (MySQL) query the server for it.
            installedBy = connection.getMetaData().getUserName();
        }
        return installedBy;
    }

    private boolean autoCommit() {
        try {
            return connection.getAutoCommit();
        } catch (SQLException e) {
            throw new MigrationException("Cannot use the database connection: " + Texts.describe(e), e);
        }
    }

    private void restoreAutoCommit(boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            // The connection is broken; the caller finds out at its next use.
        }
    }

    private void rollback(Exception primary) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException e) {
            primary.addSuppressed(e);
        }
    }

    private static long elapsed(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Carries a checked exception thrown by a revision. */
    private static final class UserException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UserException(Exception cause) {
            super(cause);
        }
    }
}
