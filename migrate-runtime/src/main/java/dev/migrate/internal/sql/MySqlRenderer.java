package dev.migrate.internal.sql;

import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Column;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
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
        super(quote);
    }

    @Override
    protected String type(SqlType type) {
        return switch (type.kind()) {
            // TEXT ends at 64 KiB; PostgreSQL's TEXT has no such limit.
            case TEXT -> "LONGTEXT";
            case DECIMAL -> "DECIMAL(" + type.precision() + ", " + type.scale() + ")";
            case TIME -> "TIME(6)";
            // DATETIME, not TIMESTAMP: no implicit defaults or ON UPDATE, no end in 2038. MySQL
            // has no type with a time zone, so TIMESTAMP_TZ holds UTC (see bindable).
            case TIMESTAMP, TIMESTAMP_TZ -> "DATETIME(6)";
            case UUID -> "CHAR(36)";
            case BINARY -> "LONGBLOB";
            default -> super.type(type);
        };
    }

    @Override
    protected String stringLiteral(String value) {
        // Backslash is an escape character in MySQL strings unless NO_BACKSLASH_ESCAPES is set.
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public ScriptSyntax scriptSyntax() {
        return ScriptSyntax.MYSQL;
    }

    @Override
    public Object bindable(Object value) {
        // DATETIME has no zone: store instants in UTC, whatever the session's or the JVM's zone.
        if (value instanceof Instant instant) {
            return text(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
        if (value instanceof OffsetDateTime at) {
            return text(at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        if (value instanceof ZonedDateTime at) {
            return text(at.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        if (value instanceof LocalDateTime at) {
            return text(at);
        }
        if (value instanceof LocalTime time) {
            return time.format(DateTimeFormatter.ISO_LOCAL_TIME);
        }
        if (value instanceof UUID uuid) {
            return uuid.toString();
        }
        return value;
    }

    /**
     * Date-times go as text: Connector/J takes MariaDB for a server older than MySQL 5.6.4 (from
     * its version string 5.5.5-10.x) and drops the fraction of a bound LocalDateTime.
     */
    private static String text(LocalDateTime at) {
        return at.toLocalDate() + " " + at.toLocalTime().format(DateTimeFormatter.ISO_LOCAL_TIME);
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
