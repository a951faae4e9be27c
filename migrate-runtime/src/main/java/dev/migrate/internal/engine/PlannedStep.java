package dev.migrate.internal.engine;

import dev.migrate.Direction;
import java.util.List;

/**
 * One revision to run, in one direction, with the version-table changes that record it.
 *
 * @param revisionId the revision to run
 * @param direction which way
 * @param rowChanges the version-table changes to make in the same transaction, in order
 */
public record PlannedStep(String revisionId, Direction direction, List<RowChange> rowChanges) {

    /** Copies the list, so a step cannot change. */
    public PlannedStep {
        rowChanges = List.copyOf(rowChanges);
    }
}
