package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.Ops;
import dev.migrate.internal.engine.Direction;
import dev.migrate.internal.sql.OpsMessage;
import dev.migrate.internal.sql.RenderException;
import dev.migrate.internal.sql.SchemaRenderer;
import dev.migrate.internal.sql.ScriptPaths;
import dev.migrate.internal.sql.ScriptSplitter;
import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Rows;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link Ops} over one connection, for one revision's step: each operation is rendered by the
 * dialect's {@link SchemaRenderer} first, then its statements run in order.
 */
final class JdbcOps implements Ops {

    /** Longest statement text quoted in a message. */
    private static final int MAX_STATEMENT = 1000;

    private final Connection connection;
    private final Dialect dialect;
    private final SchemaRenderer renderer;
    private final String revision;
    private final Direction direction;
    private final Class<?> revisionClass;
    private Connection managed;

    /**
     * @param connection the step's connection
     * @param dialect its dialect
     * @param revision the revision's id, for messages
     * @param direction the step's direction, for messages
     * @param revisionClass the revision's class, next to which its scripts are
     */
    JdbcOps(Connection connection, Dialect dialect, String revision, Direction direction, Class<?> revisionClass) {
        this.connection = connection;
        this.dialect = dialect;
        this.renderer = dialect.renderer();
        this.revision = revision;
        this.direction = direction;
        this.revisionClass = revisionClass;
    }

    @Override
    public void execute(String sql) {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw rejected(sql, e);
        }
    }

    @Override
    public void executeScript(String path) {
        String text = ScriptResource.read(revisionClass, path, revision, describe("executeScript", path));
        List<String> statements = ScriptSplitter.split(text, renderer.scriptSyntax());
        for (int i = 0; i < statements.size(); i++) {
            try {
                execute(statements.get(i));
            } catch (StatementFailedException e) {
                throw new StatementFailedException(OpsMessage.IN_SCRIPT.format(e.getMessage(), i + 1,
                        ScriptPaths.resolve(revisionClass.getPackageName(), path)), e.getCause());
            }
        }
    }

    @Override
    public void createTable(Table table) {
        run(describe("createTable", table.name()), () -> renderer.createTable(table));
    }

    @Override
    public void dropTable(String table) {
        run(describe("dropTable", table), () -> renderer.dropTable(table));
    }

    @Override
    public void renameTable(String table, String newName) {
        run(describe("renameTable", table, newName), () -> renderer.renameTable(table, newName));
    }

    @Override
    public void addColumn(String table, Column column) {
        run(describe("addColumn", table, column.name()), () -> renderer.addColumn(table, column));
    }

    @Override
    public void dropColumn(String table, String column) {
        run(describe("dropColumn", table, column), () -> renderer.dropColumn(table, column));
    }

    @Override
    public void alterColumn(String table, AlterColumn change) {
        run(describe("alterColumn", table, change.column()), () -> renderer.alterColumn(table, change));
    }

    @Override
    public void createIndex(Index index) {
        String operation = describe("createIndex", index.name());
        List<String> statements = render(operation, () -> renderer.createIndex(index));
        if (index.isConcurrent() && inTransaction()) {
            throw new MigrationException(OpsMessage.CONCURRENTLY_IN_TRANSACTION.format(revision, operation));
        }
        statements.forEach(this::execute);
    }

    @Override
    public void dropIndex(String table, String index) {
        run(describe("dropIndex", table, index), () -> renderer.dropIndex(table, index));
    }

    @Override
    public void addForeignKey(String table, ForeignKey foreignKey) {
        run(describe("addForeignKey", table, String.join(", ", foreignKey.columns())),
                () -> renderer.addForeignKey(table, foreignKey));
    }

    @Override
    public void dropForeignKey(String table, String name) {
        run(describe("dropForeignKey", table, name), () -> renderer.dropForeignKey(table, name));
    }

    @Override
    public void addUnique(String table, Unique unique) {
        run(describe("addUnique", table, String.join(", ", unique.columns())), () -> renderer.addUnique(table, unique));
    }

    @Override
    public void dropUnique(String table, String name) {
        run(describe("dropUnique", table, name), () -> renderer.dropUnique(table, name));
    }

    @Override
    public void addCheck(String table, Check check) {
        run(describe("addCheck", table, check.name()), () -> renderer.addCheck(table, check));
    }

    @Override
    public void dropCheck(String table, String name) {
        run(describe("dropCheck", table, name), () -> renderer.dropCheck(table, name));
    }

    @Override
    public void bulkInsert(String table, Rows rows) {
        List<List<Object>> values = List.copyOf(rows.values());
        if (values.isEmpty()) {
            return;
        }
        String sql = render(describe("bulkInsert", table), () -> List.of(renderer.insert(table, rows.columns()))).get(0);
        try {
            RowInserter.insert(connection, renderer, sql, values);
        } catch (SQLException e) {
            throw rejected(sql, e);
        }
    }

    @Override
    public void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
        if (!rows.isEmpty()) {
            bulkInsert(table, Rows.fromMaps(rows));
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
            managed = ManagedConnection.wrap(connection, revision);
        }
        return managed;
    }

    private void run(String operation, Supplier<List<String>> rendering) {
        render(operation, rendering).forEach(this::execute);
    }

    /** Renders the whole operation before any of it runs; a refusal names the revision, the operation and the database. */
    private List<String> render(String operation, Supplier<List<String>> rendering) {
        try {
            return rendering.get();
        } catch (RenderException e) {
            throw new MigrationException(e.dialectSpecific()
                    ? OpsMessage.UNSUPPORTED.format(revision, operation, dialect.name(), e.getMessage())
                    : OpsMessage.INVALID.format(revision, operation, e.getMessage()), e);
        }
    }

    private boolean ask(String operation, List<String> names, Question question) {
        render(operation, () -> names.stream().map(renderer::quote).toList());
        try {
            return question.ask(new SchemaLookup(connection, dialect));
        } catch (SQLException e) {
            throw new MigrationException(OpsMessage.LOOKUP_FAILED.format(revision, operation, Texts.describe(e)), e);
        }
    }

    private boolean inTransaction() {
        try {
            return !connection.getAutoCommit();
        } catch (SQLException e) {
            throw new MigrationException("Cannot use the database connection: " + Texts.describe(e), e);
        }
    }

    private StatementFailedException rejected(String sql, SQLException e) {
        return new StatementFailedException("Revision " + revision + " failed to "
                + direction.name().toLowerCase(Locale.ROOT) + ": the database rejected the statement"
                + System.lineSeparator() + "  " + Texts.statement(sql, MAX_STATEMENT) + System.lineSeparator()
                + "with: " + Texts.describe(e), Texts.scrub(e));
    }

    /** {@code method("a", "b")}, for messages. */
    private static String describe(String method, String... args) {
        StringBuilder text = new StringBuilder(method).append('(');
        for (int i = 0; i < args.length; i++) {
            text.append(i == 0 ? "" : ", ").append('"').append(args[i]).append('"');
        }
        return text.append(')').toString();
    }

    /** One question to the metadata. */
    @FunctionalInterface
    private interface Question {
        boolean ask(SchemaLookup lookup) throws SQLException;
    }

    /** A rejected statement; its message already names the revision and the statement. */
    static final class StatementFailedException extends MigrationException {
        private static final long serialVersionUID = 1L;

        StatementFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
