package dev.migrate.internal.execution;

import dev.migrate.Migration;
import dev.migrate.MigrationException;
import dev.migrate.internal.engine.PlannedStep;
import dev.migrate.internal.jdbc.HistoryDirection;
import dev.migrate.spi.RevisionDescriptor;
import java.sql.SQLException;
import java.time.Instant;

/**
 * A step in one transaction, where the database has transactional DDL and the revision is
 * transactional: the revision, its row changes and its {@code applied} history row commit together;
 * a failure rolls all of it back and then records a {@code failed} row in a transaction of its own.
 */
final class AtomicStep {

    private AtomicStep() {}

    static void run(StepConnection on, PlannedStep step, Migration migration, RevisionDescriptor revision,
            HistoryDirection direction, Instant startedAt, long start) {
        try {
            on.connection.setAutoCommit(false);
            on.invoke(migration, step);
            on.recordApplied(step, revision, direction, startedAt, start);
            on.connection.commit();
        } catch (SQLException | RuntimeException e) {
            on.rollback(e);
            MigrationException failure = StepFailure.of(revision, step, e,
                    "Its changes were rolled back; the database and the version table are as before.");
            on.recordFailed(failure, revision, direction, startedAt, start);
            throw failure;
        }
    }
}
