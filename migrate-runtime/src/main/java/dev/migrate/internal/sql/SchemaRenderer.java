package dev.migrate.internal.sql;

import dev.migrate.internal.Names;
import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.DefaultValue;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.ReferentialAction;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * Renders schema operations to SQL statements for one database: pure functions of the operation,
 * with no connection, so that running a revision and writing it to a script share them. Values
 * (literals, bound parameters) are the {@link ValueRenderer}'s. The
 * methods here speak standard SQL as PostgreSQL and H2 do; the MySQL renderer overrides what
 * differs. Each method returns the statements in order, or throws {@link RenderException} before
 * producing any when the database cannot do the operation.
 */
public abstract class SchemaRenderer {

    private final UnaryOperator<String> quote;
    private final ValueRenderer values;

    /**
     * @param quote the dialect's identifier quoting
     * @param values the dialect's literals, for defaults and script inserts
     */
    protected SchemaRenderer(UnaryOperator<String> quote, ValueRenderer values) {
        this.quote = Objects.requireNonNull(quote, "quote");
        this.values = Objects.requireNonNull(values, "values");
    }

    /**
     * The database's rendering of a column type; here the names PostgreSQL and H2 share, which
     * the dialects override where they differ.
     *
     * @param type the type
     * @return its SQL
     */
    protected String type(SqlType type) {
        return switch (type.kind()) {
            case INTEGER -> "INTEGER";
            case BIGINT -> "BIGINT";
            case SMALLINT -> "SMALLINT";
            case VARCHAR -> "VARCHAR(" + type.length() + ")";
            case TEXT -> "TEXT";
            case BOOLEAN -> "BOOLEAN";
            case DECIMAL -> "NUMERIC(" + type.precision() + ", " + type.scale() + ")";
            case DATE -> "DATE";
            case TIME -> "TIME";
            case TIMESTAMP -> "TIMESTAMP";
            case TIMESTAMP_TZ -> "TIMESTAMP WITH TIME ZONE";
            case UUID -> "UUID";
            case JSON -> "JSON";
            case BINARY -> "VARBINARY";
            case RAW -> type.sql();
        };
    }

    /**
     * How a script for this database is split into statements.
     *
     * @return the script syntax
     */
    public abstract ScriptSyntax scriptSyntax();

    /**
     * Quotes an identifier.
     *
     * @param identifier the name
     * @return the quoted name
     */
    public final String quote(String identifier) {
        try {
            return quote.apply(Names.check("Name", identifier));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw RenderException.invalid(e.getMessage() == null ? "a name is missing" : e.getMessage());
        }
    }

    /**
     * The renderer of values this renderer's defaults and script inserts use.
     *
     * @return the values' renderer
     */
    public final ValueRenderer values() {
        return values;
    }

    /** @return {@code CREATE TABLE} with the table's columns, key and constraints */
    public List<String> createTable(Table table) {
        if (table.columns().isEmpty()) {
            throw RenderException.invalid(OpsMessage.NO_COLUMNS.format(table.name()));
        }
        requireColumns(table, "primary key", table.primaryKey());
        table.uniques().forEach(u -> requireColumns(table, "unique constraint", u.columns()));
        table.foreignKeys().forEach(k -> requireColumns(table, "foreign key", k.columns()));
        List<String> parts = new ArrayList<>();
        for (Column column : table.columns()) {
            parts.add(columnDefinition(column));
        }
        if (!table.primaryKey().isEmpty()) {
            parts.add("PRIMARY KEY (" + names(table.primaryKey()) + ")");
        }
        for (Unique unique : table.uniques()) {
            parts.add(uniqueClause(table.name(), unique));
        }
        for (ForeignKey key : table.foreignKeys()) {
            parts.add(foreignKeyClause(table.name(), key));
        }
        for (Check check : table.checks()) {
            parts.add(checkClause(check));
        }
        return List.of("CREATE TABLE " + quote(table.name()) + " (" + String.join(", ", parts) + ")");
    }

    /** @return {@code DROP TABLE} */
    public List<String> dropTable(String table) {
        return List.of("DROP TABLE " + quote(table));
    }

    /** @return {@code ALTER TABLE ... RENAME TO}, which PostgreSQL, MySQL and H2 all speak */
    public List<String> renameTable(String table, String newName) {
        return List.of("ALTER TABLE " + quote(table) + " RENAME TO " + quote(newName));
    }

    /** @return {@code ALTER TABLE ... ADD COLUMN} */
    public List<String> addColumn(String table, Column column) {
        return List.of(alterTable(table) + "ADD COLUMN " + columnDefinition(column));
    }

    /** @return {@code ALTER TABLE ... DROP COLUMN} */
    public List<String> dropColumn(String table, String column) {
        return List.of(alterTable(table) + "DROP COLUMN " + quote(column));
    }

    /**
     * One statement per change, in Alembic's order: type, nullability, default, then the name,
     * so that the earlier statements still use the old name.
     *
     * @return the statements
     */
    public List<String> alterColumn(String table, AlterColumn change) {
        validate(change);
        String column = alterTable(table) + "ALTER COLUMN " + quote(change.column()) + " ";
        List<String> statements = new ArrayList<>();
        if (change.newType() != null) {
            statements.add(column + typeChange(change));
        }
        if (change.newNullable() != null) {
            statements.add(column + (change.newNullable() ? "DROP NOT NULL" : "SET NOT NULL"));
        }
        statements.addAll(defaultChange(table, change));
        statements.addAll(rename(table, change));
        return statements;
    }

    /** @return {@code CREATE [UNIQUE] INDEX [CONCURRENTLY] ... [WHERE ...]} */
    public List<String> createIndex(Index index) {
        if (index.condition() != null && !supportsPartialIndexes()) {
            throw RenderException.unsupported(OpsMessage.PARTIAL_INDEX.format());
        }
        if (index.isConcurrent() && !supportsConcurrentIndexes()) {
            throw RenderException.unsupported(OpsMessage.CONCURRENT_INDEX.format());
        }
        return List.of("CREATE " + (index.isUnique() ? "UNIQUE " : "") + "INDEX "
                + (index.isConcurrent() ? "CONCURRENTLY " : "") + quote(index.name()) + " ON " + quote(index.table())
                + " (" + names(index.columns()) + ")"
                + (index.condition() == null ? "" : " WHERE " + index.condition()));
    }

    /** @return {@code DROP INDEX}; an index name is unique in its schema */
    public List<String> dropIndex(String table, String index) {
        return List.of("DROP INDEX " + quote(index));
    }

    /** @return {@code ALTER TABLE ... ADD CONSTRAINT ... FOREIGN KEY} */
    public List<String> addForeignKey(String table, ForeignKey foreignKey) {
        return List.of(alterTable(table) + "ADD " + foreignKeyClause(table, foreignKey));
    }

    /** @return {@code ALTER TABLE ... DROP CONSTRAINT} */
    public List<String> dropForeignKey(String table, String name) {
        return dropConstraint(table, name);
    }

    /** @return {@code ALTER TABLE ... ADD CONSTRAINT ... UNIQUE} */
    public List<String> addUnique(String table, Unique unique) {
        return List.of(alterTable(table) + "ADD " + uniqueClause(table, unique));
    }

    /** @return {@code ALTER TABLE ... DROP CONSTRAINT} */
    public List<String> dropUnique(String table, String name) {
        return dropConstraint(table, name);
    }

    /** @return {@code ALTER TABLE ... ADD CONSTRAINT ... CHECK} */
    public List<String> addCheck(String table, Check check) {
        return List.of(alterTable(table) + "ADD " + checkClause(check));
    }

    /** @return {@code ALTER TABLE ... DROP CONSTRAINT}, which MySQL 8.0.19+ and MariaDB also speak for checks */
    public List<String> dropCheck(String table, String name) {
        return dropConstraint(table, name);
    }

    /**
     * The insert of one row with a parameter per column, to be bound and batched.
     *
     * @param table the table
     * @param columns the columns
     * @return {@code INSERT INTO t (a, b) VALUES (?, ?)}
     */
    public String insert(String table, List<String> columns) {
        return "INSERT INTO " + quote(table) + " (" + names(columns) + ") VALUES ("
                + String.join(", ", Collections.nCopies(columns.size(), "?")) + ")";
    }

    /**
     * The insert of one row with its values as literals, for an SQL script.
     *
     * @param table the table
     * @param columns the columns
     * @param values one value per column: {@code null} or a value that {@link ValueRenderer#literal} takes
     * @return {@code INSERT INTO t (a, b) VALUES ('x', 1)}
     * @throws RenderException when a value has no literal, such as a {@code byte[]}
     */
    public String insertLiterals(String table, List<String> columns, List<Object> values) {
        List<String> literals = new ArrayList<>(values.size());
        for (Object value : values) {
            try {
                literals.add(value == null ? "NULL" : this.values.literal(value));
            } catch (IllegalArgumentException e) {
                throw RenderException.invalid(OpsMessage.NO_LITERAL.format(value.getClass().getName()));
            }
        }
        return "INSERT INTO " + quote(table) + " (" + names(columns) + ") VALUES (" + String.join(", ", literals) + ")";
    }

    /** Whether {@code CREATE INDEX ... WHERE} exists. */
    protected boolean supportsPartialIndexes() {
        return false;
    }

    /** Whether {@code CREATE INDEX CONCURRENTLY} exists. */
    protected boolean supportsConcurrentIndexes() {
        return false;
    }

    /** The clause that makes an integer column an identity. */
    protected String identityClause() {
        return "GENERATED BY DEFAULT AS IDENTITY";
    }

    /** The nullability clause; standard SQL says nothing for a nullable column. */
    protected String nullClause(boolean nullable) {
        return nullable ? "" : " NOT NULL";
    }

    /** The part of {@code ALTER COLUMN c ...} that changes the type. */
    protected String typeChange(AlterColumn change) {
        return "SET DATA TYPE " + type(change.newType());
    }

    /** The statements that set or drop the default, if the change does. */
    protected List<String> defaultChange(String table, AlterColumn change) {
        String column = alterTable(table) + "ALTER COLUMN " + quote(change.column()) + " ";
        if (change.newDefault() != null) {
            return List.of(column + "SET DEFAULT " + defaultSql(change.newDefault(), typeAfter(change)));
        }
        return change.defaultDropped() ? List.of(column + "DROP DEFAULT") : List.of();
    }

    /** The statement that renames the column, if the change does. */
    protected List<String> rename(String table, AlterColumn change) {
        return change.newName() == null ? List.of()
                : List.of(alterTable(table) + "RENAME COLUMN " + quote(change.column()) + " TO "
                        + quote(change.newName()));
    }

    /** The action's SQL in {@code ON DELETE} and {@code ON UPDATE}. */
    protected String action(ReferentialAction action) {
        return action.sql();
    }

    /** A column's full definition: name, type, identity, default, nullability. */
    protected String columnDefinition(Column column) {
        return quote(column.name()) + " " + type(column.type())
                + (column.generated() ? " " + identityClause() : "")
                + (column.defaultValue() == null ? "" : " DEFAULT " + defaultSql(column.defaultValue(), column.type()))
                + nullClause(column.nullable());
    }

    /**
     * A default's SQL for a column of {@code type} ({@code null} when unknown). An expression is
     * parenthesised, as MySQL requires and the others accept.
     */
    protected String defaultSql(DefaultValue value, SqlType type) {
        return switch (value.kind()) {
            case LITERAL -> values.literal(value.value());
            case CURRENT_TIMESTAMP -> "CURRENT_TIMESTAMP";
            case EXPRESSION -> "(" + value.expression() + ")";
        };
    }

    /** The column's type after the change, {@code null} when unknown. */
    protected static SqlType typeAfter(AlterColumn change) {
        if (change.newType() != null) {
            return change.newType();
        }
        return change.existing() == null ? null : change.existing().type();
    }

    /** {@code ALTER TABLE t } */
    protected final String alterTable(String table) {
        return "ALTER TABLE " + quote(table) + " ";
    }

    /** Quoted names, comma-separated. */
    protected final String names(List<String> names) {
        return names.stream().map(this::quote).collect(Collectors.joining(", "));
    }

    /** {@code ALTER TABLE t DROP CONSTRAINT n} */
    protected final List<String> dropConstraint(String table, String name) {
        return List.of(alterTable(table) + "DROP CONSTRAINT " + quote(name));
    }

    private String uniqueClause(String table, Unique unique) {
        return "CONSTRAINT " + quote(ConstraintNames.of(table, unique)) + " UNIQUE (" + names(unique.columns()) + ")";
    }

    private String foreignKeyClause(String table, ForeignKey key) {
        return "CONSTRAINT " + quote(ConstraintNames.of(table, key)) + " FOREIGN KEY (" + names(key.columns())
                + ") REFERENCES " + quote(key.referencedTable()) + " (" + names(key.referencedColumns()) + ")"
                + (key.onDelete() == null ? "" : " ON DELETE " + action(key.onDelete()))
                + (key.onUpdate() == null ? "" : " ON UPDATE " + action(key.onUpdate()));
    }

    private String checkClause(Check check) {
        return "CONSTRAINT " + quote(check.name()) + " CHECK (" + check.condition() + ")";
    }

    /** Refuses an empty change, and one that needs the existing column without having it. */
    protected static void validate(AlterColumn change) {
        if (change.isEmpty()) {
            throw RenderException.invalid(OpsMessage.NOTHING_TO_CHANGE.format(change.column()));
        }
        if ((change.newType() != null || change.newNullable() != null) && change.existing() == null) {
            throw RenderException.invalid(OpsMessage.EXISTING_NEEDED.format(change.column()));
        }
        if (Boolean.TRUE.equals(change.newNullable()) && change.existing().generated()) {
            throw RenderException.invalid(OpsMessage.BAD_RESULT.format(change.column(),
                    "an identity column is never NULL"));
        }
    }

    private static void requireColumns(Table table, String what, List<String> columns) {
        for (String column : columns) {
            if (table.columns().stream().noneMatch(c -> c.name().equals(column))) {
                throw RenderException.invalid(OpsMessage.UNKNOWN_COLUMN.format(what, column, table.name()));
            }
        }
    }
}
