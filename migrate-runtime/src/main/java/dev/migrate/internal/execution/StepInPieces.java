package dev.migrate.internal.execution;

import dev.migrate.Migration;
import dev.migrate.MigrationException;
import dev.migrate.internal.engine.PlannedStep;
import dev.migrate.internal.jdbc.HistoryDirection;
import dev.migrate.internal.jdbc.HistoryRow;
import dev.migrate.internal.jdbc.HistoryStatus;
import dev.migrate.internal.jdbc.HistoryTable;
import dev.migrate.internal.jdbc.JdbcMessage;
import dev.migrate.internal.jdbc.Texts;
import dev.migrate.spi.RevisionDescriptor;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Locale;

/**
 * A step outside a transaction (MySQL, MariaDB, H2, or {@code transactional = false}): a committed
 * {@code running} history row, then the revision in auto-commit mode, then one transaction that makes
 * the version-table changes and updates that row to {@code applied}; a failure updates it to {@code
 * failed}, which blocks further runs until resolved.
 */
final class StepInPieces {

    private StepInPieces() {}

    static void run(StepConnection on, PlannedStep step, Migration migration, RevisionDescriptor revision,
            HistoryDirection direction, Instant startedAt, long start) {
        // The dialect's name starts the sentence as it is spelled; "the revision" gets a capital there.
        String leftover = on.dialect.transactionalDdl()
                ? "the revision is not transactional, so"
                : on.dialect.name() + " commits DDL at once, so";
        String sentence = leftover.substring(0, 1).toUpperCase(Locale.ROOT) + leftover.substring(1);
        HistoryTable history = on.history;
        long row;
        try {
            // Committed before the revision runs: should the process die, the next run finds it running.
            on.connection.setAutoCommit(true);
            HistoryRow running = HistoryRow.of(revision, direction, HistoryStatus.RUNNING, startedAt, 0, null, false);
            row = history.insertRunning(on.connection, running, on.installedBy());
        } catch (SQLException | RuntimeException e) {
            throw new MigrationException(JdbcMessage.START_NOT_RECORDED.format(revision.id(), history.qualifiedName(),
                    Texts.describe(e)), e);
        }
        try {
            on.invoke(migration, step);
        } catch (SQLException | RuntimeException e) {
            MigrationException failure = StepFailure.of(revision, step, e,
                    JdbcMessage.FAILED_IN_PIECES.format(sentence, on.commands.resolve(revision.id())));
            finishFailed(on, failure, row, start);
            throw failure;
        }
        try {
            on.connection.setAutoCommit(false);
            on.versions.apply(on.connection, step.rowChanges());
            history.finish(on.connection, row, HistoryStatus.APPLIED, StepConnection.elapsed(start), null);
            on.connection.commit();
        } catch (SQLException | RuntimeException e) {
            on.rollback(e);
            MigrationException failure = StepFailure.of(revision, step, e, JdbcMessage.RECORDING_FAILED.format(
                    leftover, on.commands.resolve(revision.id())));
            finishFailed(on, failure, row, start);
            throw failure;
        }
    }

    /** Updates the step's {@code running} row to {@code failed}, committed at once; a second failure is attached. */
    private static void finishFailed(StepConnection on, MigrationException failure, long row, long start) {
        try {
            on.connection.setAutoCommit(true);
            on.history.finish(on.connection, row, HistoryStatus.FAILED, StepConnection.elapsed(start),
                    failure.getMessage());
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(new MigrationException("The failure could not be recorded in the history table "
                    + on.history.qualifiedName() + ", whose row for the step stays running: " + Texts.describe(e), e));
        }
    }
}
