package dev.migrate;

/**
 * The body of a revision: how to apply it and how to revert it.
 *
 * <p>Implementations carry {@link Revision} and have a public no-argument constructor; the
 * generated index calls that constructor, so no reflection is involved.
 *
 * <pre>{@code
 * @Revision(id = "1c9e0b7a5d22", message = "create users")
 * public final class CreateUsers implements Migration {
 *     @Override public void upgrade(Ops op) {
 *         op.execute("CREATE TABLE users (id BIGINT PRIMARY KEY, name VARCHAR(100) NOT NULL)");
 *     }
 *     @Override public void downgrade(Ops op) {
 *         op.execute("DROP TABLE users");
 *     }
 * }
 * }</pre>
 */
public interface Migration {

    /**
     * Applies this revision.
     *
     * @param op the operations to run against the database
     * @throws Exception when the revision cannot be applied; the run stops and records the failure
     */
    void upgrade(Ops op) throws Exception;

    /**
     * Reverts this revision, undoing what {@link #upgrade(Ops)} did.
     *
     * @param op the operations to run against the database
     * @throws Exception when the revision cannot be reverted; the run stops and records the failure
     */
    void downgrade(Ops op) throws Exception;

    /**
     * Checks that the upgrade did what it should, such as that a column exists or a constraint
     * holds (sqitch's verify scripts): throw, or let a failing statement throw, to fail. It runs right
     * after {@link #upgrade} in the same transaction where the database allows, so a failing verify
     * fails the step: on PostgreSQL it is rolled back with nothing left behind; on MySQL, MariaDB and
     * H2, whose DDL commits at once, the step is recorded as failed. {@code Migrator.verify()} runs it
     * again, read-only, for every applied revision, to find a database that drifted. It must only
     * read. Does nothing by default.
     *
     * @param op the operations, for checks such as {@link Ops#columnExists} or a query on {@link Ops#connection()}
     * @throws Exception when the database is not as the upgrade left it
     */
    default void verify(Ops op) throws Exception {}
}
