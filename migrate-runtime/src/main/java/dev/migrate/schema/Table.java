package dev.migrate.schema;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A table's definition, for {@link dev.migrate.Ops#createTable}. Immutable: each method returns a
 * changed copy.
 *
 * <pre>{@code
 * op.createTable(Table.named("orders")
 *         .column(Column.of("id", SqlType.BIGINT).identity())
 *         .column(Column.of("customer_id", SqlType.BIGINT).notNull())
 *         .column(Column.of("quantity", SqlType.INTEGER).notNull().defaultValue(1))
 *         .primaryKey("id")
 *         .foreignKey(ForeignKey.of("customer_id", "customers", "id").onDelete(ReferentialAction.CASCADE))
 *         .unique(Unique.of("customer_id", "id"))
 *         .check(Check.of("ck_orders_quantity", "quantity > 0")));
 * }</pre>
 *
 * @param name the table's name
 * @param columns its columns, in order
 * @param primaryKey the primary key's columns, empty for none
 * @param uniques its unique constraints
 * @param foreignKeys its foreign keys
 * @param checks its check constraints
 */
public record Table(String name, List<Column> columns, List<String> primaryKey, List<Unique> uniques,
        List<ForeignKey> foreignKeys, List<Check> checks) {

    /** Checks the definition and copies the lists. */
    public Table {
        Identifiers.check("Table name", name);
        columns = List.copyOf(columns);
        primaryKey = primaryKey.isEmpty() ? List.of() : Identifiers.checkAll("primary key columns", primaryKey);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
        checks = List.copyOf(checks);
        Set<String> names = new HashSet<>();
        for (Column column : columns) {
            if (!names.add(column.name())) {
                throw new IllegalArgumentException("Table \"" + name + "\" has two columns named \"" + column.name()
                        + "\"; rename one");
            }
        }
    }

    /**
     * A table without columns yet.
     *
     * @param name the table's name
     * @return the table
     */
    public static Table named(String name) {
        return new Table(name, List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /**
     * The same table with one more column, after the others.
     *
     * @param column the column
     * @return the changed copy
     */
    public Table column(Column column) {
        return new Table(name, plus(columns, column), primaryKey, uniques, foreignKeys, checks);
    }

    /**
     * The same table with a primary key ({@code PRIMARY KEY}, named by the database).
     *
     * @param keyColumns the key's columns, in order
     * @return the changed copy
     */
    public Table primaryKey(String... keyColumns) {
        return new Table(name, columns, List.of(keyColumns), uniques, foreignKeys, checks);
    }

    /**
     * The same table with one more unique constraint.
     *
     * @param unique the constraint
     * @return the changed copy
     */
    public Table unique(Unique unique) {
        return new Table(name, columns, primaryKey, plus(uniques, unique), foreignKeys, checks);
    }

    /**
     * The same table with one more foreign key.
     *
     * @param foreignKey the foreign key
     * @return the changed copy
     */
    public Table foreignKey(ForeignKey foreignKey) {
        return new Table(name, columns, primaryKey, uniques, plus(foreignKeys, foreignKey), checks);
    }

    /**
     * The same table with one more check constraint.
     *
     * @param check the constraint
     * @return the changed copy
     */
    public Table check(Check check) {
        return new Table(name, columns, primaryKey, uniques, foreignKeys, plus(checks, check));
    }

    private static <T> List<T> plus(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(java.util.Objects.requireNonNull(item));
        return copy;
    }
}
