package dev.migrate.internal.jdbc;

import dev.migrate.internal.execution.StepExecutor;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * The statements of one command's steps, kept open on its connection and reused from step to step:
 * a bookkeeping statement of a given text is prepared once, and the revisions' SQL runs through one
 * plain statement. Opening and closing them for every step cost as much as binding their values
 * (through a pool, each is wrapped in a proxy too, and the PostgreSQL driver sets up its date
 * conversion per statement). Closed with the {@link StepExecutor}.
 */
public final class StatementCache implements AutoCloseable {

    private final Connection connection;
    private final Map<String, PreparedStatement> prepared = new HashMap<>();
    private Statement plain;

    public StatementCache(Connection connection) {
        this.connection = connection;
    }

    /** The prepared statement of this text, prepared on first use. */
    PreparedStatement prepare(String sql) throws SQLException {
        PreparedStatement statement = prepared.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            prepared.put(sql, statement);
        }
        return statement;
    }

    /** The plain statement that runs SQL as written. */
    Statement plain() throws SQLException {
        if (plain == null) {
            plain = connection.createStatement();
        }
        return plain;
    }

    /** Closes every statement; a broken connection has closed them already. */
    @Override
    public void close() {
        for (PreparedStatement statement : prepared.values()) {
            closeQuietly(statement);
        }
        prepared.clear();
        if (plain != null) {
            closeQuietly(plain);
            plain = null;
        }
    }

    private static void closeQuietly(Statement statement) {
        try {
            statement.close();
        } catch (SQLException ignored) {
            // Closing after the command: nothing left to lose.
        }
    }
}
