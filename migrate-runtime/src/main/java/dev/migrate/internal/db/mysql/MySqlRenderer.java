package dev.migrate.internal.db.mysql;

import dev.migrate.internal.sql.OpsMessage;
import dev.migrate.internal.sql.RenderException;
import dev.migrate.internal.sql.SchemaRenderer;
import dev.migrate.internal.sql.ScriptSyntax;
import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Column;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * MySQL 8.0.19+ and MariaDB 10.5+: a column is redefined whole ({@code MODIFY}), foreign keys and
 * unique constraints are dropped as such, an index is dropped from its table, and there are no
 * partial or concurrent indexes.
 */
public final class MySqlRenderer extends SchemaRenderer {

    /**
     * @param quote MySQL's identifier quoting
     */
    public MySqlRenderer(UnaryOperator<String> quote) {
        super(quote, new MySqlValues());
    }

    @Override
    protected String type(SqlType type) {
        return switch (type.kind()) {
            // TEXT ends at 64 KiB; PostgreSQL's TEXT has no such limit.
            case TEXT -> "LONGTEXT";
            case DECIMAL -> "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
            case TIME -> "TIME(6)";
            // DATETIME, not TIMESTAMP: no implicit defaults or ON UPDATE, no end in 2038. MySQL
            // has no type with a time zone, so TIMESTAMP_TZ holds UTC (see MySqlValues).
            case TIMESTAMP, TIMESTAMP_TZ -> "DATETIME(6)";
            case UUID -> "CHAR(36)";
            case BINARY -> "LONGBLOB";
            default -> super.type(type);
        };
    }

    @Override
    public ScriptSyntax scriptSyntax() {
        return ScriptSyntax.MYSQL;
    }

    @Override
    public List<String> createTable(Table table) {
        for (Column column : table.columns()) {
            if (column.generated() && !isFirstKeyColumn(table, column.name())) {
                throw RenderException.unsupported(OpsMessage.AUTO_INCREMENT_KEY.format(column.name()));
            }
        }
        requireIndexable(table, "primary key", table.primaryKey());
        for (Unique unique : table.uniques()) {
            requireIndexable(table, "unique constraint", unique.columns());
        }
        return super.createTable(table);
    }

    /** LONGTEXT, LONGBLOB and JSON columns take part in a key only with a prefix length. */
    private static void requireIndexable(Table table, String what, List<String> columns) {
        for (Column column : table.columns()) {
            SqlType.Kind kind = column.type().kind();
            if (columns.contains(column.name())
                    && (kind == SqlType.Kind.TEXT || kind == SqlType.Kind.BINARY || kind == SqlType.Kind.JSON)) {
                throw RenderException.unsupported(OpsMessage.UNINDEXABLE.format(what, column.name(), column.type()));
            }
        }
    }

    @Override
    public List<String> addColumn(String table, Column column) {
        if (column.generated()) {
            throw RenderException.unsupported(OpsMessage.AUTO_INCREMENT_ADDED.format(column.name()));
        }
        return super.addColumn(table, column);
    }

    /**
     * A type or nullability change restates the whole column with {@code MODIFY}, from the column
     * as it is now and the changes; the default and the name are changed as elsewhere.
     */
    @Override
    public List<String> alterColumn(String table, AlterColumn change) {
        validate(change);
        if (change.newDefault() != null && change.newDefault().kind() == DefaultValue.Kind.CURRENT_TIMESTAMP
                && typeAfter(change) == null) {
            throw RenderException.unsupported(OpsMessage.TIMESTAMP_PRECISION.format(change.column()));
        }
        if (change.newType() == null && change.newNullable() == null) {
            return super.alterColumn(table, change);
        }
        List<String> statements = new ArrayList<>();
        Column now = change.existing();
        DefaultValue defaultAfter = change.defaultDropped() ? null
                : change.newDefault() != null ? change.newDefault() : now.defaultValue();
        Column after;
        try {
            after = new Column(now.name(), change.newType() != null ? change.newType() : now.type(),
                    change.newNullable() != null ? change.newNullable() : now.nullable(), defaultAfter, now.generated());
        } catch (IllegalArgumentException e) {
            throw RenderException.invalid(OpsMessage.BAD_RESULT.format(change.column(), e.getMessage()));
        }
        statements.add(alterTable(table) + "MODIFY COLUMN " + columnDefinition(after));
        statements.addAll(rename(table, change));
        return statements;
    }

    @Override
    public List<String> dropIndex(String table, String index) {
        return List.of("DROP INDEX " + quote(index) + " ON " + quote(table));
    }

    @Override
    public List<String> dropForeignKey(String table, String name) {
        return List.of(alterTable(table) + "DROP FOREIGN KEY " + quote(name));
    }

    @Override
    public List<String> dropUnique(String table, String name) {
        return List.of(alterTable(table) + "DROP INDEX " + quote(name));
    }

    @Override
    protected String identityClause() {
        return "AUTO_INCREMENT";
    }

    @Override
    protected String nullClause(boolean nullable) {
        // Explicit NULL: a MySQL column may otherwise become NOT NULL implicitly (TIMESTAMP).
        return nullable ? " NULL" : " NOT NULL";
    }

    @Override
    protected String action(ReferentialAction action) {
        if (action == ReferentialAction.SET_DEFAULT) {
            throw RenderException.unsupported(OpsMessage.SET_DEFAULT_ACTION.format());
        }
        return action.sql();
    }

    @Override
    protected String defaultSql(DefaultValue value, SqlType type) {
        if (value.kind() == DefaultValue.Kind.CURRENT_TIMESTAMP) {
            // A DATETIME(6) column's CURRENT_TIMESTAMP default must have its precision.
            boolean micro = type != null && type.kind() == SqlType.Kind.TIMESTAMP || type.kind() == SqlType.Kind.TIMESTAMP_TZ;
            return micro ? "CURRENT_TIMESTAMP(6)" : "CURRENT_TIMESTAMP";
        }
        String sql = super.defaultSql(value, type);
        // TEXT, BLOB and JSON columns take a literal default only as an expression (MySQL 8.0.13+).
        boolean large = type != null && (type.kind() == SqlType.Kind.TEXT || type.kind() == SqlType.Kind.BINARY
                || type.kind() == SqlType.Kind.JSON);
        return large && value.kind() == DefaultValue.Kind.LITERAL ? "(" + sql + ")" : sql;
    }

    private static boolean isFirstKeyColumn(Table table, String column) {
        if (!table.primaryKey().isEmpty() && table.primaryKey().get(0).equals(column)) {
            return true;
        }
        for (Unique unique : table.uniques()) {
            if (unique.columns().get(0).equals(column)) {
                return true;
            }
        }
        return false;
    }
}
