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
}
