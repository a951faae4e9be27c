package dev.migrate.internal.jdbc;

import java.util.Locale;

/**
 * What a history row records: a revision run up or down, a stamp that ran nothing, an accepted
 * checksum, or a seed loaded or cleaned.
 */
public enum HistoryDirection {
    /** The revision's {@code upgrade} ran. */
    UPGRADE,
    /** The revision's {@code downgrade} ran. */
    DOWNGRADE,
    /** The version table was set without running anything. */
    STAMP,
    /**
     * The changed checksum of an applied revision was accepted by hand, with status {@link
     * HistoryStatus#ACCEPTED}: the row's checksum is the one checked from then on, and its message
     * is the reason. It is no step: nothing ran, and readers of a revision's latest step skip it.
     */
    CHECKSUM,
    /**
     * A seed's {@code load} ({@link HistoryStatus#LOADED}) or {@code clean} ({@link
     * HistoryStatus#CLEANED}) ran; the row's {@code revision} column holds the seed's id. Seed rows
     * are no revision's: every reader of revision steps leaves them out.
     */
    SEED;

    private static final HistoryDirection[] ALL = values();

    private final String column = name().toLowerCase(Locale.ROOT);

    /** The value stored in the {@code direction} column. */
    String column() {
        return column;
    }

    static HistoryDirection ofColumn(String value) {
        // Compared as stored, without a new string per row: a status reads it from thousands.
        for (HistoryDirection direction : ALL) {
            if (direction.column.equals(value)) {
                return direction;
            }
        }
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
