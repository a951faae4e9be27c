package dev.migrate;

import java.util.List;

/**
 * What {@link Migrator#seed(SeedOptions)} did, seeds named by id in the order they ran.
 *
 * @param environment the environment the seeds were chosen for, or {@code null} when none is set
 *     (then only seeds for every environment apply)
 * @param cleaned the seeds whose {@code clean} ran, in reverse loading order
 * @param loaded the seeds whose {@code load} ran
 * @param unchanged the seeds of the environment loaded already with the same checksum, left alone
 * @param waiting the seeds of the environment whose revision ({@link Seed#after()}) is not applied yet
 * @param summary what happened, in one line, for a front end to print; it names the front end's
 *     command for what to do next, such as forcing a reload
 */
public record SeedResult(String environment, List<String> cleaned, List<String> loaded, List<String> unchanged,
        List<String> waiting, String summary) {

    /** Copies the lists. */
    public SeedResult {
        cleaned = List.copyOf(cleaned);
        loaded = List.copyOf(loaded);
        unchanged = List.copyOf(unchanged);
        waiting = List.copyOf(waiting);
    }
}
