package dev.migrate.internal.jdbc;

import java.util.Locale;

/** How a step ended. */
public enum HistoryStatus {
    /** The step ran and its version-table changes were committed. */
    APPLIED,
    /** The step failed. Where it did not run in one transaction it may have left changes behind. */
    FAILED,
    /** A failure was repaired by hand and marked resolved with {@link HistoryTable#markResolved}. */
    ROLLED_BACK,
    /**
     * A step outside a transaction has started and not yet ended: written, committed, before the
     * revision runs, and updated to {@link #APPLIED} or {@link #FAILED} when it ends. Found by a run
     * that holds the lock, it means the process that ran the step stopped (killed, out of memory,
     * power lost) part-way through, and the step may be half-applied.
     */
    RUNNING,
    /** The row of a {@link HistoryDirection#CHECKSUM} acceptance: "checksum accepted". */
    ACCEPTED,
    /**
     * The row of a {@link HistoryDirection#SEED seed} whose {@code load} ran. Not {@link #APPLIED}:
     * a release from before seeds reads applied rows as revisions' and would stop at the direction.
     */
    LOADED,
    /** The row of a {@link HistoryDirection#SEED seed} whose {@code clean} ran: its data was removed. */
    CLEANED;

    /** The value stored in the {@code status} column. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static HistoryStatus ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
