package dev.migrate;

/**
 * The body of a seed: data to load into a database for an environment, such as demo users for
 * {@code dev} or a product catalogue for {@code staging}, and how to remove it again.
 *
 * <p>Implementations carry {@link Seed} and have a public no-argument constructor; the generated
 * index calls that constructor. {@link Migrator#seed(SeedOptions)} runs {@link #clean} and {@link
 * #load}, each in a transaction of its own, and records each in the history table.
 *
 * <pre>{@code
 * @Seed(id = "demo_users", environments = {"dev", "staging"}, after = "1c9e0b7a5d22")
 * public final class DemoUsers implements SeedData {
 *     @Override public void load(Ops op) {
 *         op.bulkInsert("users", CsvRows.read(DemoUsers.class, "demo_users.csv").column("id", Long::valueOf).rows());
 *     }
 *     @Override public void clean(Ops op) {
 *         op.execute("DELETE FROM users WHERE id < 1000");
 *     }
 * }
 * }</pre>
 */
public interface SeedData {

    /**
     * Loads the seed's data.
     *
     * @param op the operations to run against the database
     * @throws Exception when the data cannot be loaded; the seed's transaction is rolled back and
     *     the failure recorded
     */
    void load(Ops op) throws Exception;

    /**
     * Removes what {@link #load} loaded, so that loading it again gives the same data rather than
     * duplicates; it must also work when nothing was loaded.
     *
     * @param op the operations to run against the database
     * @throws Exception when the data cannot be removed; the seed's transaction is rolled back and
     *     the failure recorded
     */
    void clean(Ops op) throws Exception;
}
