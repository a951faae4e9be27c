package dev.migrate.internal.jdbc;

import dev.migrate.internal.engine.Lineage;
import dev.migrate.spi.RevisionDescriptor;
import java.time.Instant;

/**
 * One row to insert into the history table; {@code id} is assigned by the database and {@code
 * installed_by} is the connection's user. {@code lineage} is {@code null} for a row of no revision step.
 */
public record HistoryRow(
        String revision,
        HistoryDirection direction,
        String message,
        String checksum,
        HistoryStatus status,
        Instant startedAt,
        long durationMs,
        String error,
        boolean inTransaction,
        String lineage) {

    /**
     * The row of a step of {@code revision}, with the revision's id, message, checksum and lineage
     * (what it revises and depends on, so that a build without it can tell where it stands).
     */
    public static HistoryRow of(RevisionDescriptor revision, HistoryDirection direction, HistoryStatus status,
            Instant startedAt, long durationMs, String error, boolean inTransaction) {
        return new HistoryRow(revision.id(), direction, revision.message(), revision.checksum(), status, startedAt,
                durationMs, error, inTransaction, Lineage.text(revision.revises(), revision.dependsOn()));
    }
}
