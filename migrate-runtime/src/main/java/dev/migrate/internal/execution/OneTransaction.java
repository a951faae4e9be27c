package dev.migrate.internal.execution;

import dev.migrate.Migration;
import dev.migrate.MigrationException;
import dev.migrate.internal.engine.PlannedStep;
import dev.migrate.internal.jdbc.HistoryDirection;
import dev.migrate.spi.RevisionDescriptor;
import java.sql.SQLException;
import java.time.Instant;

/** Steps that commit together or not at all; see {@link StepExecutor#inOneTransaction()}. */
public final class OneTransaction implements AutoCloseable {

    private final StepConnection on;
    private final boolean autoCommit;
    private int ran;
    private PlannedStep lastStep;
    private RevisionDescriptor lastRevision;
    private HistoryDirection lastDirection;
    private boolean over;

    OneTransaction(StepConnection on, boolean autoCommit) {
        this.on = on;
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
        HistoryDirection direction = StepConnection.check(step, migration, revision);
        if (!revision.transactional() || over) {
            throw new IllegalStateException("revision " + revision.id() + " cannot join the single transaction");
        }
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        try {
            on.connection.setAutoCommit(false);
            on.invoke(migration, step);
            on.recordApplied(step, revision, direction, startedAt, start);
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
            on.connection.commit();
        } catch (SQLException e) {
            throw rolledBack(lastStep, lastRevision, lastDirection, Instant.now(), System.nanoTime(), e, ran - 1);
        }
    }

    private MigrationException rolledBack(PlannedStep step, RevisionDescriptor revision,
            HistoryDirection direction, Instant startedAt, long start, Exception e, int before) {
        on.rollback(e);
        over = true;
        MigrationException failure = StepFailure.of(revision, step, e, "The command ran in a single transaction, which"
                + " was rolled back: nothing was left applied" + (before > 0 ? ", not even the " + before
                + " revision(s) before this one" : "") + ". The database and the version table are as they"
                + " were before the command.");
        on.recordFailed(failure, revision, direction, startedAt, start);
        return failure;
    }

    /** Rolls back whatever was not committed, and restores the connection's auto-commit mode. */
    @Override
    public void close() {
        if (!over) {
            try {
                on.connection.rollback();
            } catch (SQLException ignored) {
                // The connection is broken, which ends the transaction too.
            }
            over = true;
        }
        on.restoreAutoCommit(autoCommit);
    }
}
