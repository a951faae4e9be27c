package dev.migrate;

/**
 * The operations a revision runs against the database.
 *
 * <pre>{@code
 * @Override public void upgrade(Ops op) {
 *     op.execute("ALTER TABLE users ADD COLUMN email VARCHAR(255)");
 * }
 * }</pre>
 */
public interface Ops {

    /**
     * Runs one SQL statement.
     *
     * @param sql the statement, without a trailing {@code ;}
     * @throws MigrationException when the database rejects the statement; the message names the
     *     statement
     */
    void execute(String sql);
}
