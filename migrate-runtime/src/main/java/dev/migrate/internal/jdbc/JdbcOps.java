package dev.migrate.internal.jdbc;

import dev.migrate.Direction;
import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.sql.OpsMessage;
import dev.migrate.schema.Rows;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * {@link dev.migrate.Ops} over one connection, for one revision's step: each operation is rendered
 * by the dialect's renderer first, then its statements run in order.
 */
public final class JdbcOps extends RenderingOps {

    /** Longest statement text quoted in a message. */
    private static final int MAX_STATEMENT = 1000;

    private final Connection connection;
    private final StatementCache statements;
    private Connection managed;

    /**
     * @param connection the step's connection
     * @param statements the connection's statements, kept open from step to step
     * @param dialect its dialect
     * @param revision the revision's id, for messages
     * @param direction the step's direction, for messages
     * @param revisionClass the revision's class, next to which its scripts are
     */
    public JdbcOps(Connection connection, StatementCache statements, Dialect dialect, String revision, Direction direction,
            Class<?> revisionClass) {
        super(dialect, revision, direction, revisionClass);
        this.connection = connection;
        this.statements = statements;
    }

    private JdbcOps(Connection connection, StatementCache statements, Dialect dialect, String seed, boolean load,
            Class<?> seedClass) {
        super(dialect, seed, "Seed " + seed, load ? "load" : "clean", seedClass);
        this.connection = connection;
        this.statements = statements;
    }

    /**
     * The operations of a seed's {@code load} or {@code clean}, whose messages name the seed.
     *
     * @param connection the seed's connection
     * @param statements the connection's statements
     * @param dialect its dialect
     * @param seed the seed's id
     * @param load whether its {@code load} runs (else its {@code clean})
     * @param seedClass the seed's class, next to which its files are
     * @return the operations
     */
    public static JdbcOps forSeed(Connection connection, StatementCache statements, Dialect dialect, String seed,
            boolean load, Class<?> seedClass) {
        return new JdbcOps(connection, statements, dialect, seed, load, seedClass);
    }

    @Override
    public void execute(String sql) {
        try {
            statements.plain().execute(sql);
        } catch (SQLException e) {
            throw rejected(sql, e);
        }
    }

    @Override
    public void bulkInsert(String table, Rows rows) {
        List<List<Object>> values = List.copyOf(rows.values());
        if (values.isEmpty()) {
            return;
        }
        String sql = render(describe("bulkInsert", table), () -> renderer.insert(table, rows.columns()));
        try {
            RowInserter.insert(connection, renderer, sql, values);
        } catch (SQLException e) {
            throw rejected(sql, e);
        }
    }

    @Override
    public boolean tableExists(String table) {
        return ask(describe("tableExists", table), List.of(table), lookup -> lookup.table(table));
    }

    @Override
    public boolean columnExists(String table, String column) {
        return ask(describe("columnExists", table, column), List.of(table, column),
                lookup -> lookup.column(table, column));
    }

    @Override
    public boolean indexExists(String table, String index) {
        return ask(describe("indexExists", table, index), List.of(table, index), lookup -> lookup.index(table, index));
    }

    @Override
    public Connection connection() {
        if (managed == null) {
            managed = ManagedConnection.wrap(connection, subject);
        }
        return managed;
    }

    private boolean ask(String operation, List<String> names, Question question) {
        render(operation, () -> names.stream().map(renderer::quote).toList());
        try {
            return question.ask(new SchemaLookup(connection, dialect));
        } catch (SQLException e) {
            throw new MigrationException(OpsMessage.LOOKUP_FAILED.format(subject, operation, Texts.describe(e)), e);
        }
    }

    @Override
    boolean inTransaction() {
        try {
            return !connection.getAutoCommit();
        } catch (SQLException e) {
            throw new MigrationException("Cannot use the database connection: " + Texts.describe(e), e);
        }
    }

    private StatementFailedException rejected(String sql, SQLException e) {
        return new StatementFailedException(subject + " failed to " + action + ": the database rejected the statement"
                + System.lineSeparator() + "  " + Texts.statement(sql, MAX_STATEMENT) + System.lineSeparator()
                + "with: " + Texts.describe(e, sql), Texts.scrub(e, sql));
    }

    /** One question to the metadata. */
    @FunctionalInterface
    private interface Question {
        boolean ask(SchemaLookup lookup) throws SQLException;
    }

    /** A rejected statement; its message already names the revision and the statement. */
    public static final class StatementFailedException extends MigrationException {
        private static final long serialVersionUID = 1L;

        StatementFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
