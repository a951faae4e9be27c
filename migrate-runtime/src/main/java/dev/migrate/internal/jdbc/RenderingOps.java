package dev.migrate.internal.jdbc;

import dev.migrate.Direction;
import dev.migrate.MigrationException;
import dev.migrate.Ops;
import dev.migrate.internal.db.Dialect;
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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@link Ops} for one revision's step, each operation rendered by the dialect's {@link
 * SchemaRenderer} and its statements handed to {@link #execute} in order. The online mode runs
 * them ({@link JdbcOps}), the offline one writes them into a script ({@link ScriptOps}), so both
 * say the same SQL.
 */
abstract class RenderingOps implements Ops {

    final Dialect dialect;
    final SchemaRenderer renderer;
    final String revision;
    /** What runs, for messages: {@code Revision a1}, {@code Seed demo_users}. */
    final String subject;
    /** What it does, for messages: {@code upgrade}, {@code downgrade}, {@code load}, {@code clean}. */
    final String action;
    final Class<?> revisionClass;

    /**
     * @param dialect the database's dialect
     * @param revision the revision's id, for messages
     * @param direction the step's direction, for messages
     * @param revisionClass the revision's class, next to which its scripts are
     */
    RenderingOps(Dialect dialect, String revision, Direction direction, Class<?> revisionClass) {
        this(dialect, revision, "Revision " + revision, direction.name().toLowerCase(Locale.ROOT), revisionClass);
    }

    /**
     * @param dialect the database's dialect
     * @param id the revision's or seed's id
     * @param subject what runs, for messages, such as {@code Seed demo_users}
     * @param action what it does, for messages, such as {@code load}
     * @param sourceClass the class next to which its scripts are
     */
    RenderingOps(Dialect dialect, String id, String subject, String action, Class<?> sourceClass) {
        this.dialect = dialect;
        this.renderer = dialect.renderer();
        this.revision = id;
        this.subject = subject;
        this.action = action;
        this.revisionClass = sourceClass;
    }

    /** Whether the step runs in a transaction, where PostgreSQL cannot build an index concurrently. */
    abstract boolean inTransaction();

    @Override
    public void executeScript(String path) {
        String text = ScriptResource.read(revisionClass, path, subject, describe("executeScript", path));
        List<String> statements = ScriptSplitter.split(text, renderer.scriptSyntax());
        for (int i = 0; i < statements.size(); i++) {
            try {
                execute(statements.get(i));
            } catch (JdbcOps.StatementFailedException e) {
                throw new JdbcOps.StatementFailedException(OpsMessage.IN_SCRIPT.format(e.getMessage(), i + 1,
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
            throw new MigrationException(OpsMessage.CONCURRENTLY_IN_TRANSACTION.format(subject, operation));
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
    public void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
        if (!rows.isEmpty()) {
            bulkInsert(table, Rows.fromMaps(rows));
        }
    }

    private void run(String operation, Supplier<List<String>> rendering) {
        render(operation, rendering).forEach(this::execute);
    }

    /** Renders the whole operation before any of it runs; a refusal names the revision, the operation and the database. */
    final <T> T render(String operation, Supplier<T> rendering) {
        try {
            return rendering.get();
        } catch (RenderException e) {
            throw new MigrationException(e.dialectSpecific()
                    ? OpsMessage.UNSUPPORTED.format(subject, operation, dialect.name(), e.getMessage())
                    : OpsMessage.INVALID.format(subject, operation, e.getMessage()), e);
        }
    }

    /** {@code method("a", "b")}, for messages. */
    static String describe(String method, String... args) {
        StringBuilder text = new StringBuilder(method).append('(');
        for (int i = 0; i < args.length; i++) {
            text.append(i == 0 ? "" : ", ").append('"').append(args[i]).append('"');
        }
        return text.append(')').toString();
    }
}
