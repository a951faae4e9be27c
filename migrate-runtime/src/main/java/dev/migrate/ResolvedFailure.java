package dev.migrate;

import java.time.Instant;

/**
 * A failed step that {@link Migrator#markResolved(String)} marked resolved.
 *
 * @param revision the revision's full id
 * @param direction which way the failed step went
 * @param failedAt when the failed step started
 * @param error the error recorded with it, or {@code null} when its process stopped while it ran
 *     outside a transaction (its history row was left {@code running})
 */
public record ResolvedFailure(String revision, Direction direction, Instant failedAt, String error) {}
