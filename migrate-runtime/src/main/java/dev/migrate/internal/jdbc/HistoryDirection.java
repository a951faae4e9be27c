package dev.migrate.internal.jdbc;

import java.util.Locale;

/** What a history row records: a revision run up or down, or a stamp that ran nothing. */
public enum HistoryDirection {
    /** The revision's {@code upgrade} ran. */
    UPGRADE,
    /** The revision's {@code downgrade} ran. */
    DOWNGRADE,
    /** The version table was set without running anything. */
    STAMP;

    /** The value stored in the {@code direction} column. */
    String column() {
        return name().toLowerCase(Locale.ROOT);
    }

    static HistoryDirection ofColumn(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
