package dev.migrate;

/**
 * How {@link Migrator#seed(SeedOptions)} runs.
 *
 * @param append whether to load without running the seeds' {@code clean} first: for data that only
 *     adds rows, or a database known to be empty
 * @param force whether to load the seeds again even when they are loaded already with the same
 *     checksum
 */
public record SeedOptions(boolean append, boolean force) {

    /** Cleans each seed that needs loading, then loads it; seeds loaded already and unchanged are left alone. */
    public static final SeedOptions DEFAULT = new SeedOptions(false, false);

    /**
     * These options, loading without cleaning first or not.
     *
     * @param append whether to skip the seeds' {@code clean}
     * @return the options
     */
    public SeedOptions withAppend(boolean append) {
        return new SeedOptions(append, force);
    }

    /**
     * These options, loading seeds that are loaded and unchanged again or not.
     *
     * @param force whether to load every seed of the environment again
     * @return the options
     */
    public SeedOptions withForce(boolean force) {
        return new SeedOptions(append, force);
    }
}
