package dev.migrate.schema;

import java.util.List;

/**
 * A foreign key, for {@link Table#foreignKey} and {@link dev.migrate.Ops#addForeignKey}.
 * Immutable: each method returns a changed copy.
 *
 * <p>Without {@link #named(String) a name}, it is named by the convention {@code
 * fk_<table>_<columns joined by _>_<referenced table>}, which is also the name to drop it by.
 *
 * <pre>{@code
 * ForeignKey.of("customer_id", "customers", "id").onDelete(ReferentialAction.CASCADE)
 * ForeignKey.of(List.of("a", "b"), "pairs", List.of("a", "b")).named("fk_pairs")
 * }</pre>
 *
 * @param name the constraint's name, or {@code null} for the conventional one
 * @param columns the referencing columns
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns, as many as {@code columns}
 * @param onDelete the action on delete, or {@code null} for the database's default (no action)
 * @param onUpdate the action on update, or {@code null} for the database's default (no action)
 */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
        ReferentialAction onDelete, ReferentialAction onUpdate) {

    /** Checks the definition and copies the lists. */
    public ForeignKey {
        Identifiers.checkOptional("Foreign key name", name);
        columns = Identifiers.checkAll("foreign key columns", columns);
        Identifiers.check("Referenced table", referencedTable);
        referencedColumns = Identifiers.checkAll("referenced columns", referencedColumns);
        if (columns.size() != referencedColumns.size()) {
            throw new IllegalArgumentException("Foreign key " + columns + " references " + referencedColumns + " of \""
                    + referencedTable + "\"; give as many referenced columns as referencing ones");
        }
    }

    /**
     * A foreign key of one column.
     *
     * @param column the referencing column
     * @param referencedTable the referenced table
     * @param referencedColumn the referenced column
     * @return the foreign key
     */
    public static ForeignKey of(String column, String referencedTable, String referencedColumn) {
        return new ForeignKey(null, List.of(column), referencedTable, List.of(referencedColumn), null, null);
    }

    /**
     * A foreign key of several columns.
     *
     * @param columns the referencing columns
     * @param referencedTable the referenced table
     * @param referencedColumns the referenced columns, in the same order
     * @return the foreign key
     */
    public static ForeignKey of(List<String> columns, String referencedTable, List<String> referencedColumns) {
        return new ForeignKey(null, columns, referencedTable, referencedColumns, null, null);
    }

    /**
     * The same foreign key with a name of its own.
     *
     * @param constraintName the name
     * @return the changed copy
     */
    public ForeignKey named(String constraintName) {
        return new ForeignKey(constraintName, columns, referencedTable, referencedColumns, onDelete, onUpdate);
    }

    /**
     * The same foreign key with an action on delete.
     *
     * @param action the action
     * @return the changed copy
     */
    public ForeignKey onDelete(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, action, onUpdate);
    }

    /**
     * The same foreign key with an action on update.
     *
     * @param action the action
     * @return the changed copy
     */
    public ForeignKey onUpdate(ReferentialAction action) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, onDelete, action);
    }
}
