package dev.migrate;

import java.util.List;
import java.util.Objects;

/**
 * Where the database stands for a health check that polls it: the {@link Status}, the steps that a
 * run is doing now, and whether a run holds the lock. {@link Migrator#liveStatus()} reads it.
 *
 * @param status the status, as {@link Migrator#status()} reads it
 * @param running the revisions whose step a run is doing now (their history row says {@code running}
 *     while a run holds the lock), oldest first; not in {@link Status#failed()}
 * @param locked whether a run holds the lock: another process migrating, or a command of this one in
 *     another thread
 */
public record LiveStatus(Status status, List<String> running, boolean locked) {

    /** Copies the list, so the value cannot change. */
    public LiveStatus {
        Objects.requireNonNull(status, "status");
        running = List.copyOf(running);
    }
}
