package dev.migrate.junit;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Finds the first difference between two snapshots, in a fixed order (tables by name; within a
 * table its columns, primary key, indexes, unique constraints, foreign keys, checks), and words
 * it from the first snapshot to the second: added, removed, or changed from one to the other.
 */
final class SnapshotDifference {

    private SnapshotDifference() {}

    static Optional<String> first(SchemaSnapshot before, SchemaSnapshot after) {
        return firstOf(before.tables(), after.tables(), t -> t.toString(), SnapshotDifference::table);
    }

    private static Optional<String> table(SchemaSnapshot.Table before, SchemaSnapshot.Table after) {
        String of = " on table " + before.name();
        Optional<String> columns = firstOf(byName(before.columns()), byName(after.columns()),
                c -> "column " + before.name() + "." + c.name() + " " + typeOf(c),
                (a, b) -> Optional.of("column " + before.name() + "." + a.name() + " changed from " + typeOf(a)
                        + " to " + typeOf(b)));
        if (columns.isPresent()) {
            return columns;
        }
        List<String> order = before.columns().stream().map(SchemaSnapshot.Column::name).toList();
        List<String> laterOrder = after.columns().stream().map(SchemaSnapshot.Column::name).toList();
        if (!order.equals(laterOrder)) {
            return Optional.of("columns of table " + before.name() + " reordered from (" + String.join(", ", order)
                    + ") to (" + String.join(", ", laterOrder) + ")");
        }
        if (!before.primaryKey().equals(after.primaryKey())) {
            return Optional.of(before.primaryKey().map(Object::toString).orElse("no primary key") + of + " changed to "
                    + after.primaryKey().map(Object::toString).orElse("no primary key"));
        }
        return firstOf(before.indexes(), after.indexes(), i -> i + of, changed(of))
                .or(() -> firstOf(before.uniques(), after.uniques(), u -> u + of, changed(of)))
                .or(() -> firstOf(before.foreignKeys(), after.foreignKeys(), k -> k + of, changed(of)))
                .or(() -> firstOf(before.checks(), after.checks(), c -> c + of, changed(of)));
    }

    private static <T> Comparison<T> changed(String of) {
        return (a, b) -> Optional.of(a + of + " changed to " + b);
    }

    private static String typeOf(SchemaSnapshot.Column column) {
        return column.type() + (column.nullable() ? "" : " NOT NULL");
    }

    private static SortedMap<String, SchemaSnapshot.Column> byName(List<SchemaSnapshot.Column> columns) {
        SortedMap<String, SchemaSnapshot.Column> map = new java.util.TreeMap<>();
        columns.forEach(c -> map.put(c.name(), c));
        return map;
    }

    /** How two versions of one object differ, if they do. */
    private interface Comparison<T> {
        Optional<String> of(T before, T after);
    }

    /** The first name, in order, whose object was removed, added or changed. */
    private static <T> Optional<String> firstOf(Map<String, T> before, Map<String, T> after, Function<T, String> describe,
            Comparison<T> compare) {
        TreeSet<String> names = new TreeSet<>(before.keySet());
        names.addAll(after.keySet());
        for (String name : names) {
            T a = before.get(name);
            T b = after.get(name);
            if (a == null) {
                return Optional.of(describe.apply(b) + " added");
            }
            if (b == null) {
                return Optional.of(describe.apply(a) + " removed");
            }
            if (!Objects.equals(a, b)) {
                Optional<String> difference = compare.of(a, b);
                if (difference.isPresent()) {
                    return difference;
                }
            }
        }
        return Optional.empty();
    }
}
