package dev.migrate.junit;

import dev.migrate.internal.schema.LiveSchema;
import dev.migrate.internal.schema.SchemaReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * What one schema holds, read through JDBC {@link java.sql.DatabaseMetaData} (and the {@code
 * information_schema} for unique and check constraints): its tables, each with its columns (type
 * and nullability), primary key, indexes, foreign keys, unique and check constraints. Two
 * snapshots are equal when the schemas hold the same objects; {@link #difference} names the first
 * object that differs.
 *
 * <pre>{@code
 * SchemaSnapshot before = SchemaSnapshot.of(dataSource, null);
 * migrator.upgrade("+1");
 * migrator.downgrade("-1");
 * assertEquals(Optional.empty(), before.difference(SchemaSnapshot.of(dataSource, null)));
 * }</pre>
 *
 * <p>Names are kept as the database stores them ({@code ORDERS} on H2, {@code orders} on
 * PostgreSQL); {@link #table(String)} finds a table whatever the case. Migrate's own tables under
 * their default names ({@code migrate_version}, {@code migrate_history} and H2's {@code
 * migrate_version_lock}) are left out; {@link #without} leaves out others, such as the tables of
 * {@link dev.migrate.Migrator#bookkeepingTables()}. Works on H2, PostgreSQL and MySQL/MariaDB,
 * where a schema is a database (a JDBC catalog). Instances are immutable.
 */
public final class SchemaSnapshot {

    /** Migrate's own tables under their default names; see {@link dev.migrate.Migrator#bookkeepingTables()}. */
    private static final List<String> DEFAULT_BOOKKEEPING =
            List.of("migrate_version", "migrate_history", "migrate_version_lock");

    /**
     * A column.
     *
     * @param name its name
     * @param type its type as the database names it, with the length of character and binary
     *     types and the precision and scale of decimals, such as {@code VARCHAR(100)}
     * @param nullable whether it takes {@code NULL}
     */
    public record Column(String name, String type, boolean nullable) {
        @Override
        public String toString() {
            return name + " " + type + (nullable ? "" : " NOT NULL");
        }
    }

    /**
     * A primary key.
     *
     * @param name the constraint's name, as the database reports it (possibly generated)
     * @param columns its columns, in key order
     */
    public record PrimaryKey(String name, List<String> columns) {
        /** Copies the list. */
        public PrimaryKey {
            columns = List.copyOf(columns);
        }

        @Override
        public String toString() {
            return "primary key " + name + " (" + String.join(", ", columns) + ")";
        }
    }

    /**
     * An index, other than the one behind the primary key.
     *
     * @param name its name
     * @param unique whether it is unique
     * @param columns its columns (or expressions, as the database gives them), in index order
     */
    public record Index(String name, boolean unique, List<String> columns) {
        /** Copies the list. */
        public Index {
            columns = List.copyOf(columns);
        }

        @Override
        public String toString() {
            return (unique ? "unique index " : "index ") + name + " (" + String.join(", ", columns) + ")";
        }
    }

    /**
     * A foreign key.
     *
     * @param name the constraint's name
     * @param columns its columns, in key order
     * @param referencedTable the table it references
     * @param referencedColumns the referenced columns, in key order
     * @param onUpdate the update rule: {@code CASCADE}, {@code RESTRICT}, {@code SET NULL}, {@code
     *     NO ACTION} or {@code SET DEFAULT}
     * @param onDelete the delete rule, in the same words
     */
    public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns,
            String onUpdate, String onDelete) {
        /** Copies the lists. */
        public ForeignKey {
            columns = List.copyOf(columns);
            referencedColumns = List.copyOf(referencedColumns);
        }

        @Override
        public String toString() {
            return "foreign key " + name + " (" + String.join(", ", columns) + ") references " + referencedTable + " ("
                    + String.join(", ", referencedColumns) + ") on update " + onUpdate + " on delete " + onDelete;
        }
    }

    /**
     * A unique constraint.
     *
     * @param name its name
     * @param columns its columns, in order
     */
    public record Unique(String name, List<String> columns) {
        /** Copies the list. */
        public Unique {
            columns = List.copyOf(columns);
        }

        @Override
        public String toString() {
            return "unique constraint " + name + " (" + String.join(", ", columns) + ")";
        }
    }

    /**
     * A check constraint (not the {@code NOT NULL} checks some databases list; nullability is the
     * column's).
     *
     * @param name its name
     * @param clause its condition as the database gives it back, or empty when it does not
     */
    public record Check(String name, String clause) {
        @Override
        public String toString() {
            return "check constraint " + name + (clause.isEmpty() ? "" : " " + clause);
        }
    }

    /**
     * A table and what belongs to it.
     *
     * @param name its name
     * @param columns its columns, in their order in the table
     * @param primaryKey its primary key, if any
     * @param indexes its indexes by name, without the primary key's
     * @param foreignKeys its foreign keys by name
     * @param uniques its unique constraints by name
     * @param checks its check constraints by name
     */
    public record Table(String name, List<Column> columns, Optional<PrimaryKey> primaryKey,
            SortedMap<String, Index> indexes, SortedMap<String, ForeignKey> foreignKeys,
            SortedMap<String, Unique> uniques, SortedMap<String, Check> checks) {
        /** Copies the collections, so a table cannot change. */
        public Table {
            columns = List.copyOf(columns);
            indexes = unmodifiable(indexes);
            foreignKeys = unmodifiable(foreignKeys);
            uniques = unmodifiable(uniques);
            checks = unmodifiable(checks);
        }

        /**
         * The column of that name, whatever its case.
         *
         * @param column the column's name
         * @return the column, or empty
         */
        public Optional<Column> column(String column) {
            return columns.stream().filter(c -> c.name().equalsIgnoreCase(column)).findFirst();
        }

        @Override
        public String toString() {
            return "table " + name + " (" + columns.stream().map(Column::toString).collect(Collectors.joining(", ")) + ")";
        }
    }

    private final String schema;
    private final SortedMap<String, Table> tables;

    SchemaSnapshot(String schema, SortedMap<String, Table> tables) {
        this.schema = schema;
        this.tables = unmodifiable(tables);
    }

    /**
     * Reads a schema through a connection of the data source, closed again.
     *
     * @param dataSource the database
     * @param schema the schema (MySQL/MariaDB: the database), in any case; {@code null} for the
     *     connection's current one
     * @return the snapshot
     * @throws SQLException when the metadata cannot be read
     * @throws IllegalArgumentException when the database has no such schema, or the connection has
     *     no current one and none is given
     */
    public static SchemaSnapshot of(DataSource dataSource, String schema) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return of(connection, schema);
        }
    }

    /**
     * Reads a schema through the given connection, which stays open. Only queries run; on a
     * connection inside a transaction, they run in it.
     *
     * @param connection the connection
     * @param schema the schema (MySQL/MariaDB: the database), in any case; {@code null} for the
     *     connection's current one
     * @return the snapshot
     * @throws SQLException when the metadata cannot be read
     * @throws IllegalArgumentException when the database has no such schema, or the connection has
     *     no current one and none is given
     */
    public static SchemaSnapshot of(Connection connection, String schema) throws SQLException {
        LiveSchema live = new SchemaReader(connection).read(schema);
        SortedMap<String, Table> tables = new TreeMap<>();
        live.tables().forEach((name, table) -> tables.put(name, snapshotOf(table)));
        return new SchemaSnapshot(live.schema(), tables).without(DEFAULT_BOOKKEEPING);
    }

    private static Table snapshotOf(LiveSchema.Table table) {
        return new Table(table.name(),
                table.columns().stream().map(c -> new Column(c.name(), c.displayType(), c.nullable())).toList(),
                table.primaryKey().map(k -> new PrimaryKey(k.name() == null ? "" : k.name(), k.columns())),
                byName(table.indexes().stream().map(i -> new Index(i.name(), i.unique(), i.columns())).toList(),
                        Index::name),
                byName(table.foreignKeys().stream().map(k -> new ForeignKey(k.name(), k.columns(), k.referencedTable(),
                        k.referencedColumns(), k.onUpdate(), k.onDelete())).toList(), ForeignKey::name),
                byName(table.uniques().stream().map(u -> new Unique(u.name(), u.columns())).toList(), Unique::name),
                byName(table.checks().stream().map(c -> new Check(c.name(), c.clause())).toList(), Check::name));
    }

    private static <T> SortedMap<String, T> byName(List<T> items, Function<T, String> name) {
        SortedMap<String, T> map = new TreeMap<>();
        for (T item : items) {
            map.put(name.apply(item), item);
        }
        return map;
    }

    /**
     * The schema that was read, as the database names it.
     *
     * @return the schema's (MySQL/MariaDB: the database's) name
     */
    public String schema() {
        return schema;
    }

    /**
     * The tables, sorted by name.
     *
     * @return the tables by name
     */
    public SortedMap<String, Table> tables() {
        return tables;
    }

    /**
     * The table of that name, whatever its case.
     *
     * @param name the table's name
     * @return the table, or empty
     */
    public Optional<Table> table(String name) {
        Table exact = tables.get(name);
        if (exact != null) {
            return Optional.of(exact);
        }
        return tables.values().stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * This snapshot without some tables, such as migrate's bookkeeping tables under other names.
     *
     * @param names the tables to leave out, in any case; names that are not there are ignored
     * @return the smaller snapshot
     */
    public SchemaSnapshot without(Collection<String> names) {
        Set<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        SortedMap<String, Table> kept = new TreeMap<>(tables);
        kept.keySet().removeIf(name -> lower.contains(name.toLowerCase(Locale.ROOT)));
        return new SchemaSnapshot(schema, kept);
    }

    /**
     * This snapshot without some tables.
     *
     * @param names the tables to leave out, in any case
     * @return the smaller snapshot
     */
    public SchemaSnapshot without(String... names) {
        return without(Arrays.asList(names));
    }

    /**
     * The first difference from this snapshot to {@code other}, in table order and, within a table,
     * columns, primary key, indexes, unique constraints, foreign keys and check constraints, each
     * by name: such as {@code index ORDERS_NOTE_IDX (NOTE) on table ORDERS added} or {@code column
     * ORDERS.NOTE changed from VARCHAR(100) to VARCHAR(200) NOT NULL}. The schemas' own names are
     * not compared.
     *
     * @param other the later snapshot
     * @return what changed from this one to {@code other}, or empty when they hold the same objects
     */
    public Optional<String> difference(SchemaSnapshot other) {
        return SnapshotDifference.first(this, Objects.requireNonNull(other, "other"));
    }

    /** Equal when both schemas hold the same objects, whatever the schemas' names. */
    @Override
    public boolean equals(Object o) {
        return o instanceof SchemaSnapshot other && tables.equals(other.tables);
    }

    @Override
    public int hashCode() {
        return tables.hashCode();
    }

    /** Every object, one a line, for a failure message. */
    @Override
    public String toString() {
        StringBuilder text = new StringBuilder("schema ").append(schema);
        for (Table table : tables.values()) {
            text.append("\n  ").append(table);
            table.primaryKey().ifPresent(key -> text.append("\n    ").append(key));
            for (Map<String, ?> part : List.of(table.indexes(), table.uniques(), table.foreignKeys(), table.checks())) {
                part.values().forEach(item -> text.append("\n    ").append(item));
            }
        }
        return text.toString();
    }

    private static <V> SortedMap<String, V> unmodifiable(SortedMap<String, V> map) {
        return java.util.Collections.unmodifiableSortedMap(new TreeMap<>(map));
    }
}
