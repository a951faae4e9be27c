package dev.migrate.internal.jdbc;

/**
 * What the history table says about one seed: its latest row.
 *
 * @param status {@code loaded} when its data is loaded, {@code cleaned} when its clean ran last, or {@code failed}
 * @param checksum the checksum of the seed the row records
 */
public record SeedState(HistoryStatus status, String checksum) {

    /**
     * Whether the seed's data, as {@code checksum} loads it, is in the database: loaded since it was last cleaned.
     *
     * @param current the seed's checksum in this build, or {@code null}
     * @return whether loading it again would change nothing
     */
    public boolean loaded(String current) {
        return status == HistoryStatus.LOADED && java.util.Objects.equals(checksum, current);
    }
}
