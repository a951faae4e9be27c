package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.Ops;
import dev.migrate.internal.engine.Direction;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/** {@link Ops} over one connection, for one revision's step. */
final class JdbcOps implements Ops {

    /** Longest statement text quoted in a message. */
    private static final int MAX_STATEMENT = 1000;

    private final Connection connection;
    private final String revision;
    private final Direction direction;

    JdbcOps(Connection connection, String revision, Direction direction) {
        this.connection = connection;
        this.revision = revision;
        this.direction = direction;
    }

    @Override
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new StatementFailedException("Revision " + revision + " failed to "
                    + direction.name().toLowerCase(Locale.ROOT) + ": the database rejected the statement"
                    + System.lineSeparator() + "  " + Texts.statement(sql, MAX_STATEMENT) + System.lineSeparator()
                    + "with: " + Texts.describe(e), Texts.scrub(e));
        }
    }

    /** A rejected statement; its message already names the revision and the statement. */
    static final class StatementFailedException extends MigrationException {
        private static final long serialVersionUID = 1L;

        StatementFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
