package dev.migrate.internal.engine;

/**
 * What the history table records of one revision, as far as telling whether it ran here goes.
 *
 * @param applied whether its latest applied row is an upgrade or a stamp, not a downgrade
 * @param lineage what it stood on as its latest row with a lineage records it (see {@link
 *     Lineage#text}), or {@code null} when no row records one
 */
public record RecordedRevision(boolean applied, String lineage) {}
