package dev.migrate.diff;

import dev.migrate.internal.schema.JdbcTypes;
import dev.migrate.internal.sql.ConstraintNames;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The changes that turn a schema into its model, in an order that runs: foreign keys, unique
 * constraints and indexes that go are dropped first, then tables are created (a referenced table
 * before the tables that reference it), columns added and changed, constraints and indexes added,
 * and last columns and tables dropped. The downgrade is the inverse of each, in reverse order.
 *
 * <p>Names compare without case. Columns compare by type, as {@link JdbcTypes#comparable} words
 * it for the database, and nullability; unique constraints and unique indexes by their columns;
 * indexes by their columns; foreign keys by their columns and referenced table, so that a
 * constraint named otherwise is no difference. A renamed table or column cannot be told from a
 * drop and an add, and is listed as both. A sequence the model has is created when the database
 * lacks it; one the database has beyond the model is left alone, since databases make their own
 * for identity columns.
 */
public final class SchemaDiff {

    private final String database;
    private final List<SchemaChange> dropKeys = new ArrayList<>();
    private final List<SchemaChange> dropIndexes = new ArrayList<>();
    private final List<SchemaChange> createTables = new ArrayList<>();
    private final List<SchemaChange> addColumns = new ArrayList<>();
    private final List<SchemaChange> changeColumns = new ArrayList<>();
    private final List<SchemaChange> addIndexes = new ArrayList<>();
    private final List<SchemaChange> addKeys = new ArrayList<>();
    private final List<SchemaChange> dropColumns = new ArrayList<>();
    private final List<SchemaChange> dropTables = new ArrayList<>();
    private final List<SchemaChange> unsupported = new ArrayList<>();

    private SchemaDiff(String database) {
        this.database = database.toLowerCase(Locale.ROOT);
    }

    /**
     * The changes from {@code actual} to {@code expected}.
     *
     * @param actual the schema as it is, such as {@link SchemaModel#read}
     * @param expected the schema as the model has it
     * @param database the database's product name ({@code h2}, {@code postgresql}, {@code mysql},
     *     {@code mariadb}), for the types it stores alike
     * @return the changes in the order they run; empty when the schema matches its model
     */
    public static List<SchemaChange> between(SchemaModel actual, SchemaModel expected, String database) {
        SchemaDiff diff = new SchemaDiff(Objects.requireNonNull(database, "database"));
        diff.compare(actual, expected);
        List<SchemaChange> all = new ArrayList<>();
        for (List<SchemaChange> part : List.of(diff.unsupported, diff.dropKeys, diff.dropIndexes, diff.createTables,
                diff.addColumns, diff.changeColumns, diff.addIndexes, diff.addKeys, diff.dropColumns, diff.dropTables)) {
            all.addAll(part);
        }
        return List.copyOf(all);
    }

    /**
     * The inverse of a list of changes: each change's inverse, in reverse order.
     *
     * @param changes the changes, as {@link #between} gives them
     * @return the changes that undo them
     */
    public static List<SchemaChange> inverse(List<SchemaChange> changes) {
        List<SchemaChange> inverse = new ArrayList<>();
        for (int i = changes.size() - 1; i >= 0; i--) {
            inverse.add(changes.get(i).inverse());
        }
        return List.copyOf(inverse);
    }

    private void compare(SchemaModel actual, SchemaModel expected) {
        for (Sequence sequence : expected.sequences()) {
            if (actual.sequence(sequence.name()).isEmpty()) {
                createTables.add(new SchemaChange.CreateSequence(sequence));
            }
        }
        List<Table> created = new ArrayList<>();
        for (Table table : expected.tables()) {
            Optional<Table> existing = actual.table(table.name());
            if (existing.isPresent()) {
                compareTable(existing.get(), actual.indexesOf(table.name()), table, expected.indexesOf(table.name()));
            } else {
                created.add(named(table));
            }
        }
        List<String> before = actual.tables().stream().map(Table::name).toList();
        for (Table table : Tables.parentsFirst(created)) {
            List<ForeignKey> later = new ArrayList<>();
            Table inline = Tables.withForeignKeys(table, List.of());
            for (ForeignKey key : table.foreignKeys()) {
                boolean ready = key.referencedTable().equalsIgnoreCase(table.name())
                        || Tables.contains(before, key.referencedTable());
                if (ready) {
                    inline = inline.foreignKey(key);
                } else {
                    later.add(key);
                }
            }
            createTables.add(new SchemaChange.CreateTable(inline, expected.indexesOf(table.name()),
                    expected.initSqlOf(table.name())));
            later.forEach(key -> addKeys.add(new SchemaChange.AddForeignKey(table.name(), key)));
            before = Tables.plus(before, table.name());
        }
        List<Table> dropped = actual.tables().stream().filter(t -> expected.table(t.name()).isEmpty()).toList();
        List<Table> childrenFirst = new ArrayList<>(Tables.parentsFirst(dropped));
        java.util.Collections.reverse(childrenFirst);
        for (Table table : childrenFirst) {
            dropTables.add(new SchemaChange.DropTable(table, actual.indexesOf(table.name())));
        }
    }

    private void compareTable(Table actual, List<Index> actualIndexes, Table expected, List<Index> expectedIndexes) {
        String table = expected.name();
        Map<String, Column> have = byName(actual.columns());
        for (Column column : expected.columns()) {
            Column existing = have.get(lower(column.name()));
            if (existing == null) {
                addColumns.add(new SchemaChange.AddColumn(table, column));
            } else if (differs(existing, column)) {
                Column from = new Column(column.name(), existing.type(), existing.nullable(), existing.defaultValue(),
                        existing.generated());
                changeColumns.add(new SchemaChange.ChangeColumn(table, from, column));
            }
        }
        Map<String, Column> want = byName(expected.columns());
        for (Column column : actual.columns()) {
            if (!want.containsKey(lower(column.name()))) {
                dropColumns.add(new SchemaChange.DropColumn(table, column));
            }
        }
        if (!lower(actual.primaryKey()).equals(lower(expected.primaryKey()))) {
            unsupported.add(new SchemaChange.Unsupported(table, "primary key", "(" + String.join(", ",
                    expected.primaryKey()) + ")", "(" + String.join(", ", actual.primaryKey()) + ")"));
        }
        compareUniques(table, actual, actualIndexes, expected, expectedIndexes);
        compareIndexes(table, actualIndexes, expectedIndexes);
        compareKeys(table, actual, named(expected));
    }

    private void compareUniques(String table, Table actual, List<Index> actualIndexes, Table expected,
            List<Index> expectedIndexes) {
        Map<String, Object> have = new LinkedHashMap<>();
        actual.uniques().forEach(u -> have.put(lower(u.columns()), u));
        actualIndexes.stream().filter(Index::isUnique).forEach(i -> have.putIfAbsent(lower(i.columns()), i));
        Map<String, Object> want = new LinkedHashMap<>();
        expected.uniques().forEach(u -> want.put(lower(u.columns()), u));
        expectedIndexes.stream().filter(Index::isUnique).forEach(i -> want.putIfAbsent(lower(i.columns()), i));
        want.forEach((columns, unique) -> {
            if (!have.containsKey(columns)) {
                addIndexes.add(unique instanceof Unique u
                        ? new SchemaChange.AddUnique(table, u.named(ConstraintNames.fitted(table, u)))
                        : new SchemaChange.CreateIndex(onTable((Index) unique, table)));
            }
        });
        have.forEach((columns, unique) -> {
            if (!want.containsKey(columns)) {
                dropIndexes.add(unique instanceof Unique u ? new SchemaChange.DropUnique(table, u)
                        : new SchemaChange.DropIndex(onTable((Index) unique, table)));
            }
        });
    }

    private void compareIndexes(String table, List<Index> actualIndexes, List<Index> expectedIndexes) {
        Map<String, Index> have = new LinkedHashMap<>();
        actualIndexes.stream().filter(i -> !i.isUnique()).forEach(i -> have.put(lower(i.columns()), i));
        Map<String, Index> want = new LinkedHashMap<>();
        expectedIndexes.stream().filter(i -> !i.isUnique()).forEach(i -> want.put(lower(i.columns()), i));
        want.forEach((columns, index) -> {
            if (!have.containsKey(columns)) {
                addIndexes.add(new SchemaChange.CreateIndex(onTable(index, table)));
            }
        });
        have.forEach((columns, index) -> {
            if (!want.containsKey(columns)) {
                dropIndexes.add(new SchemaChange.DropIndex(onTable(index, table)));
            }
        });
    }

    private void compareKeys(String table, Table actual, Table expected) {
        Map<String, ForeignKey> have = new LinkedHashMap<>();
        actual.foreignKeys().forEach(k -> have.put(key(k), k));
        Map<String, ForeignKey> want = new LinkedHashMap<>();
        expected.foreignKeys().forEach(k -> want.put(key(k), k));
        want.forEach((columns, key) -> {
            if (!have.containsKey(columns)) {
                addKeys.add(new SchemaChange.AddForeignKey(table, key));
            }
        });
        have.forEach((columns, key) -> {
            if (!want.containsKey(columns)) {
                dropKeys.add(new SchemaChange.DropForeignKey(table, key));
            }
        });
    }

    private boolean differs(Column actual, Column expected) {
        return actual.nullable() != expected.nullable()
                || !JdbcTypes.comparable(database, actual.type()).equals(JdbcTypes.comparable(database, expected.type()));
    }

    /** The table with every unique constraint and foreign key named, so that the inverse can drop it by name. */
    private static Table named(Table table) {
        Table named = Tables.withForeignKeys(Tables.withUniques(table, List.of()), List.of());
        for (Unique unique : table.uniques()) {
            named = named.unique(unique.named(ConstraintNames.fitted(table.name(), unique)));
        }
        for (ForeignKey key : table.foreignKeys()) {
            named = named.foreignKey(key.named(ConstraintNames.fitted(table.name(), key)));
        }
        return named;
    }

    private static Index onTable(Index index, String table) {
        return new Index(index.name(), table, index.columns(), index.isUnique(), index.condition(), index.isConcurrent());
    }

    private static String key(ForeignKey key) {
        return lower(key.columns()) + ">" + lower(key.referencedTable());
    }

    private static Map<String, Column> byName(List<Column> columns) {
        Map<String, Column> map = new LinkedHashMap<>();
        columns.forEach(c -> map.put(lower(c.name()), c));
        return map;
    }

    private static String lower(List<String> names) {
        return String.join(",", names.stream().map(SchemaDiff::lower).toList());
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
