package dev.migrate.internal.jdbc;

import dev.migrate.Migration;
import dev.migrate.MigrationException;
import dev.migrate.internal.engine.Direction;
import dev.migrate.internal.engine.PlannedStep;
import dev.migrate.internal.engine.RowChange;
import dev.migrate.spi.RevisionDescriptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
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
 * false}) the revision runs in auto-commit mode, its bookkeeping in one transaction after it; a
 * failure records a {@code failed} row that blocks further runs until it is resolved (see {@link
 * HistoryTable#requireNoUnresolvedFailures}).
 *
 * <p>Bookkeeping costs one statement per row change plus one insert per step, whatever the
 * history's size.
 */
public final class StepExecutor {

    private final Connection connection;
    private final Dialect dialect;
    private final VersionTable versions;
    private final HistoryTable history;
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
        Objects.requireNonNull(migration, "migration");
        if (!step.revisionId().equals(revision.id())) {
            throw new IllegalArgumentException("step is for " + step.revisionId() + ", descriptor for " + revision.id());
        }
        boolean atomic = dialect.transactionalDdl() && revision.transactional();
        HistoryDirection direction = step.direction() == Direction.UPGRADE
                ? HistoryDirection.UPGRADE
                : HistoryDirection.DOWNGRADE;
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
            versions.apply(connection, changes);
            for (RevisionDescriptor revision : revisions) {
                history.insert(connection, new HistoryRow(revision.id(), HistoryDirection.STAMP, revision.message(),
                        revision.checksum(), HistoryStatus.APPLIED, now, 0, null, true), installedBy());
            }
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

    private void runAtomically(PlannedStep step, Migration migration, RevisionDescriptor revision,
            HistoryDirection direction, Instant startedAt, long start) {
        try {
            connection.setAutoCommit(false);
            invoke(migration, step);
            versions.apply(connection, step.rowChanges());
            history.insert(connection, new HistoryRow(revision.id(), direction, revision.message(), revision.checksum(),
                    HistoryStatus.APPLIED, startedAt, elapsed(start), null, true), installedBy());
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            MigrationException failure = failure(revision, step, e,
                    "Its changes were rolled back; the database and the version table are as before.");
            record(failure, revision, direction, startedAt, start, true);
            throw failure;
        }
    }

    private void runInPieces(PlannedStep step, Migration migration, RevisionDescriptor revision,
            HistoryDirection direction, Instant startedAt, long start) {
        String leftover = dialect.transactionalDdl()
                ? "The revision is not transactional, so"
                : dialect.name() + " commits DDL at once, so";
        try {
            connection.setAutoCommit(true);
            invoke(migration, step);
        } catch (SQLException | RuntimeException e) {
            MigrationException failure = failure(revision, step, e,
                    JdbcMessage.FAILED_IN_PIECES.format(leftover, JdbcMessage.howToResolve(revision.id())));
            record(failure, revision, direction, startedAt, start, false);
            throw failure;
        }
        try {
            connection.setAutoCommit(false);
            versions.apply(connection, step.rowChanges());
            history.insert(connection, new HistoryRow(revision.id(), direction, revision.message(), revision.checksum(),
                    HistoryStatus.APPLIED, startedAt, elapsed(start), null, false), installedBy());
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollback(e);
            MigrationException failure = failure(revision, step, e, JdbcMessage.RECORDING_FAILED.format(
                    leftover.substring(0, 1).toLowerCase(Locale.ROOT) + leftover.substring(1),
                    JdbcMessage.howToResolve(revision.id())));
            record(failure, revision, direction, startedAt, start, false);
            throw failure;
        }
    }

    private void invoke(Migration migration, PlannedStep step) throws SQLException {
        JdbcOps ops = new JdbcOps(connection, dialect, step.revisionId(), step.direction(), migration.getClass());
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

    /** Writes the {@code failed} row in a transaction of its own; a second failure is attached. */
    private void record(MigrationException failure, RevisionDescriptor revision, HistoryDirection direction,
            Instant startedAt, long start, boolean inTransaction) {
        try {
            connection.setAutoCommit(true);
            history.insert(connection, new HistoryRow(revision.id(), direction, revision.message(), revision.checksum(),
                    HistoryStatus.FAILED, startedAt, elapsed(start), failure.getMessage(), inTransaction), installedBy());
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
