package dev.migrate.internal.lint;

import dev.migrate.Direction;
import dev.migrate.Ops;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.jdbc.ScriptOps;
import dev.migrate.internal.lint.Operation.Kind;
import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Rows;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@link Ops} that records a revision's operations for lint, and hands each to the offline renderer
 * ({@link ScriptOps}) too, so that what the dialect cannot render fails as it would in an upgrade.
 * Plain SQL, given or from a script, is read by {@link RawSql}.
 */
final class RecordingOps implements Ops {

    private final ScriptOps script;
    private final RawSql parser;
    private final SourceLines lines;
    private final List<Operation> operations = new ArrayList<>();

    RecordingOps(Dialect dialect, String revision, Class<?> revisionClass, boolean inTransaction, RawSql parser) {
        this.script = new ScriptOps(dialect, revision, Direction.UPGRADE, revisionClass, inTransaction);
        this.parser = parser;
        this.lines = new SourceLines(revisionClass);
    }

    List<Operation> operations() {
        return List.copyOf(operations);
    }

    @Override
    public void execute(String sql) {
        script.execute(sql);
        readSql(List.of(sql));
    }

    @Override
    public void executeScript(String path) {
        // The renderer reads and splits the script; its statements are the ones it adds.
        int before = script.statements().size();
        script.executeScript(path);
        List<String> statements = script.statements();
        readSql(statements.subList(before, statements.size()));
    }

    /** Plain SQL's operations, at the line of the call that ran it. */
    private void readSql(List<String> statements) {
        int line = lines.caller();
        for (String sql : statements) {
            parser.read(sql).forEach(op -> operations.add(op.at(line)));
        }
    }

    @Override
    public void createTable(Table table) {
        record(Kind.CREATE_TABLE, table.name(), null, table, "createTable", table.name());
        script.createTable(table);
    }

    @Override
    public void dropTable(String table) {
        record(Kind.DROP_TABLE, table, null, null, "dropTable", table);
        script.dropTable(table);
    }

    @Override
    public void renameTable(String table, String newName) {
        record(Kind.RENAME_TABLE, table, newName, null, "renameTable", table, newName);
        script.renameTable(table, newName);
    }

    @Override
    public void addColumn(String table, Column column) {
        record(Kind.ADD_COLUMN, table, column.name(), column, "addColumn", table, column.name());
        script.addColumn(table, column);
    }

    @Override
    public void dropColumn(String table, String column) {
        record(Kind.DROP_COLUMN, table, column, null, "dropColumn", table, column);
        script.dropColumn(table, column);
    }

    @Override
    public void alterColumn(String table, AlterColumn change) {
        record(Kind.ALTER_COLUMN, table, change.column(), change, "alterColumn", table, change.column());
        script.alterColumn(table, change);
    }

    @Override
    public void createIndex(Index index) {
        record(Kind.CREATE_INDEX, index.table(), index.name(), index.isConcurrent(), "createIndex", index.name());
        script.createIndex(index);
    }

    @Override
    public void dropIndex(String table, String index) {
        record(Kind.DDL, table, index, null, "dropIndex", table, index);
        script.dropIndex(table, index);
    }

    @Override
    public void addForeignKey(String table, ForeignKey foreignKey) {
        String columns = String.join(", ", foreignKey.columns());
        record(Kind.ADD_FOREIGN_KEY, table, foreignKey.name(), false, "addForeignKey", table, columns);
        script.addForeignKey(table, foreignKey);
    }

    @Override
    public void dropForeignKey(String table, String name) {
        record(Kind.DDL, table, name, null, "dropForeignKey", table, name);
        script.dropForeignKey(table, name);
    }

    @Override
    public void addUnique(String table, Unique unique) {
        record(Kind.DDL, table, unique.name(), null, "addUnique", table, String.join(", ", unique.columns()));
        script.addUnique(table, unique);
    }

    @Override
    public void dropUnique(String table, String name) {
        record(Kind.DDL, table, name, null, "dropUnique", table, name);
        script.dropUnique(table, name);
    }

    @Override
    public void addCheck(String table, Check check) {
        record(Kind.ADD_CHECK, table, check.name(), false, "addCheck", table, check.name());
        script.addCheck(table, check);
    }

    @Override
    public void dropCheck(String table, String name) {
        record(Kind.DDL, table, name, null, "dropCheck", table, name);
        script.dropCheck(table, name);
    }

    @Override
    public void bulkInsert(String table, Rows rows) {
        record(Kind.DATA, table, null, null, "bulkInsert", table);
        script.bulkInsert(table, rows);
    }

    @Override
    public void bulkInsert(String table, List<? extends Map<String, ?>> rows) {
        if (!rows.isEmpty()) {
            bulkInsert(table, Rows.fromMaps(rows));
        }
    }

    @Override
    public boolean tableExists(String table) {
        record(Kind.QUERY, table, null, null, "tableExists", table);
        return script.tableExists(table);
    }

    @Override
    public boolean columnExists(String table, String column) {
        record(Kind.QUERY, table, column, null, "columnExists", table, column);
        return script.columnExists(table, column);
    }

    @Override
    public boolean indexExists(String table, String index) {
        record(Kind.QUERY, table, index, null, "indexExists", table, index);
        return script.indexExists(table, index);
    }

    @Override
    public Connection connection() {
        // A revision asks for the connection to read and write rows: a data migration.
        record(Kind.DATA, null, null, null, "connection");
        return script.connection();
    }

    private void record(Kind kind, String table, String name, Object detail, String method, String... args) {
        operations.add(new Operation(kind, table, name, detail, Operation.describe(method, args), lines.caller()));
    }
}
