package dev.migrate.diff;

import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Unique;

/** The words of a drift report for columns and constraints. */
final class Columns {

    private Columns() {}

    static String describe(Column column) {
        return column.type() + (column.nullable() ? "" : " NOT NULL");
    }

    static String describe(Index index) {
        return (index.isUnique() ? "unique index " : "index ") + index.name() + " (" + String.join(", ", index.columns())
                + ")";
    }

    static String describe(Unique unique) {
        return "unique constraint " + unique.name() + " (" + String.join(", ", unique.columns()) + ")";
    }

    static String describe(ForeignKey key) {
        return "foreign key " + key.name() + " (" + String.join(", ", key.columns()) + ") references "
                + key.referencedTable() + " (" + String.join(", ", key.referencedColumns()) + ")";
    }
}
