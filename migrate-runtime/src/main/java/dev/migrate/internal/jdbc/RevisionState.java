package dev.migrate.internal.jdbc;

import java.time.Instant;

/**
 * What the history table says about one revision: its latest row, and the checksum recorded when
 * it was last applied.
 *
 * @param revision the revision's id
 * @param direction the latest row's direction
 * @param status the latest row's status
 * @param startedAt when the latest step started
 * @param error the latest row's error, or {@code null}
 * @param inTransaction whether the latest step ran in one transaction with its bookkeeping; a
 *     failure that did not may have left a half-applied change
 * @param durationMs how long the latest step ran, in milliseconds; 0 while it runs
 * @param installedBy the database user that ran the latest step, or {@code null}
 * @param appliedChecksum the checksum of the latest applied upgrade or accepted checksum, or {@code null} when there
 *     is none or it had no checksum
 */
public record RevisionState(
        String revision,
        HistoryDirection direction,
        HistoryStatus status,
        Instant startedAt,
        String error,
        boolean inTransaction,
        long durationMs,
        String installedBy,
        String appliedChecksum) {

    /**
     * Whether the latest step failed outside a transaction, or was {@linkplain #interrupted()
     * interrupted}, and nobody has marked it resolved: the database may be half-changed, so no run
     * may proceed.
     *
     * @return whether this failure blocks further runs
     */
    public boolean unresolvedFailure() {
        return (status == HistoryStatus.FAILED && !inTransaction) || interrupted();
    }

    /**
     * Whether the latest step is still marked {@link HistoryStatus#RUNNING running}. Read under the
     * migration lock, that step's process stopped while it ran outside a transaction; read without
     * the lock, it may also be the step of a run in progress.
     *
     * @return whether the latest step never ended
     */
    public boolean interrupted() {
        return status == HistoryStatus.RUNNING;
    }
}
