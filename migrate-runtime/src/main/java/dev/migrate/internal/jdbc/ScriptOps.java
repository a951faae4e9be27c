package dev.migrate.internal.jdbc;

import dev.migrate.Direction;
import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.sql.OpsMessage;
import dev.migrate.schema.Rows;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;

/**
 * {@link dev.migrate.Ops} that writes a revision's statements into an SQL script instead of running
 * them: the offline mode. Plain SQL goes in as given; questions to the database cannot be answered
 * and fail with {@link OpsMessage#ONLINE_ONLY}.
 */
public final class ScriptOps extends RenderingOps {

    private final boolean inTransaction;
    private final List<String> statements = new ArrayList<>();

    /**
     * @param dialect the database's dialect
     * @param revision the revision's id, for messages
     * @param direction the step's direction, for messages
     * @param revisionClass the revision's class, next to which its scripts are
     * @param inTransaction whether the script runs the step between {@code BEGIN} and {@code COMMIT}
     */
    public ScriptOps(Dialect dialect, String revision, Direction direction, Class<?> revisionClass, boolean inTransaction) {
        super(dialect, revision, direction, revisionClass);
        this.inTransaction = inTransaction;
    }

    /** The statements written so far, in order, without terminators. */
    public List<String> statements() {
        return List.copyOf(statements);
    }

    @Override
    public void execute(String sql) {
        String statement = sql.strip();
        // The script adds its own terminator.
        while (statement.endsWith(";")) {
            statement = statement.substring(0, statement.length() - 1).stripTrailing();
        }
        if (!statement.isEmpty()) {
            statements.add(statement);
        }
    }

    @Override
    public void bulkInsert(String table, Rows rows) {
        String operation = describe("bulkInsert", table);
        for (List<Object> row : rows.values()) {
            execute(render(operation, () -> renderer.insertLiterals(table, rows.columns(), row)));
        }
    }

    @Override
    public boolean tableExists(String table) {
        throw onlineOnly(describe("tableExists", table));
    }

    @Override
    public boolean columnExists(String table, String column) {
        throw onlineOnly(describe("columnExists", table, column));
    }

    @Override
    public boolean indexExists(String table, String index) {
        throw onlineOnly(describe("indexExists", table, index));
    }

    @Override
    public Connection connection() {
        throw onlineOnly("connection()");
    }

    @Override
    boolean inTransaction() {
        return inTransaction;
    }

    private MigrationException onlineOnly(String operation) {
        return new MigrationException(OpsMessage.ONLINE_ONLY.format(subject, operation));
    }
}
