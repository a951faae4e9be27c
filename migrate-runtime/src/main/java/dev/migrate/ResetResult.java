package dev.migrate;

import java.util.List;

/**
 * What {@link Migrator#reset()} did.
 *
 * @param reverted the revisions reverted down to base, in order
 * @param applied the revisions applied up to the heads, in order
 * @param seeds the seeds loaded afterwards
 */
public record ResetResult(List<String> reverted, List<String> applied, SeedResult seeds) {

    /** Copies the lists. */
    public ResetResult {
        reverted = List.copyOf(reverted);
        applied = List.copyOf(applied);
    }
}
