package dev.migrate.internal.jdbc;

import java.time.Instant;

/**
 * One row to insert into the history table; {@code id} is assigned by the database and {@code
 * installed_by} is the connection's user.
 */
record HistoryRow(
        String revision,
        HistoryDirection direction,
        String message,
        String checksum,
        HistoryStatus status,
        Instant startedAt,
        long durationMs,
        String error,
        boolean inTransaction) {}
