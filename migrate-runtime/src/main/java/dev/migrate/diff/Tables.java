package dev.migrate.diff;

import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.util.ArrayList;
import java.util.List;

/** Small operations on table definitions for {@link SchemaDiff}. */
final class Tables {

    private Tables() {}

    /**
     * The tables ordered so that a table comes after the tables of the list it references; tables
     * in a cycle keep their order.
     */
    static List<Table> parentsFirst(List<Table> tables) {
        List<Table> ordered = new ArrayList<>();
        List<Table> left = new ArrayList<>(tables);
        while (!left.isEmpty()) {
            Table next = left.stream().filter(t -> t.foreignKeys().stream().allMatch(k ->
                    k.referencedTable().equalsIgnoreCase(t.name()) || !containsTable(left, k.referencedTable())))
                    .findFirst().orElse(left.get(0));
            ordered.add(next);
            left.remove(next);
        }
        return ordered;
    }

    static Table withForeignKeys(Table table, List<ForeignKey> keys) {
        return new Table(table.name(), table.columns(), table.primaryKey(), table.uniques(), keys, table.checks());
    }

    static Table withUniques(Table table, List<Unique> uniques) {
        return new Table(table.name(), table.columns(), table.primaryKey(), uniques, table.foreignKeys(), table.checks());
    }

    static boolean contains(List<String> names, String name) {
        return names.stream().anyMatch(n -> n.equalsIgnoreCase(name));
    }

    static List<String> plus(List<String> names, String name) {
        List<String> more = new ArrayList<>(names);
        more.add(name);
        return more;
    }

    private static boolean containsTable(List<Table> tables, String name) {
        return tables.stream().anyMatch(t -> t.name().equalsIgnoreCase(name));
    }
}
