package dev.migrate.diff;

import dev.migrate.internal.schema.ModelReader;
import dev.migrate.internal.schema.SchemaReader;
import dev.migrate.schema.Index;
import dev.migrate.schema.Table;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The tables and indexes a schema holds, in the terms of {@link dev.migrate.Ops}: what a model (an
 * ORM's mapping) expects, or what {@link #read} found in a database. Names compare without case.
 *
 * @param tables the tables, with their columns, primary keys, unique constraints, foreign keys and
 *     checks
 * @param indexes the indexes of those tables
 * @param sequences the sequences, such as those that number an ORM's ids
 * @param initSql statements to run after creating a table, by the table's name in lower case:
 *     the first row of the table where an ORM keeps ids on a database without sequences
 */
public record SchemaModel(List<Table> tables, List<Index> indexes, List<Sequence> sequences,
        Map<String, List<String>> initSql) {

    /** Copies the collections. */
    public SchemaModel {
        tables = List.copyOf(tables);
        indexes = List.copyOf(indexes);
        sequences = List.copyOf(sequences);
        initSql = Map.copyOf(initSql);
    }

    /**
     * A model of tables, indexes and sequences.
     *
     * @param tables the tables
     * @param indexes their indexes
     * @param sequences the sequences
     */
    public SchemaModel(List<Table> tables, List<Index> indexes, List<Sequence> sequences) {
        this(tables, indexes, sequences, Map.of());
    }

    /**
     * A model without sequences.
     *
     * @param tables the tables
     * @param indexes their indexes
     */
    public SchemaModel(List<Table> tables, List<Index> indexes) {
        this(tables, indexes, List.of());
    }

    /**
     * The sequence of that name, whatever its case.
     *
     * @param name the sequence's name
     * @return the sequence, or empty
     */
    public Optional<Sequence> sequence(String name) {
        return sequences.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * Reads the connection's current schema. Only queries run.
     *
     * @param connection an open connection, left open
     * @return the schema's tables and indexes; types the portable ones where the database's type
     *     has one ({@link dev.migrate.schema.SqlType#raw} otherwise)
     * @throws SQLException when the metadata cannot be read
     */
    public static SchemaModel read(Connection connection) throws SQLException {
        return ModelReader.of(new SchemaReader(connection).read(null), database(connection));
    }

    /**
     * The database's product name in lower case, as {@link SchemaDiff} takes it.
     *
     * @param connection an open connection
     * @return such as {@code h2}, {@code postgresql}, {@code mysql} or {@code mariadb}
     * @throws SQLException when the metadata cannot be read
     */
    public static String database(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
    }

    /**
     * The table of that name, whatever its case.
     *
     * @param name the table's name
     * @return the table, or empty
     */
    public Optional<Table> table(String name) {
        return tables.stream().filter(t -> t.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The statements to run after creating a table.
     *
     * @param table the table's name, in any case
     * @return its statements; none for most tables
     */
    public List<String> initSqlOf(String table) {
        return initSql.getOrDefault(table.toLowerCase(Locale.ROOT), List.of());
    }

    /**
     * The indexes of a table.
     *
     * @param table the table's name, in any case
     * @return its indexes
     */
    public List<Index> indexesOf(String table) {
        return indexes.stream().filter(i -> i.table().equalsIgnoreCase(table)).toList();
    }

    /**
     * This model without some tables and their indexes.
     *
     * @param names the tables to leave out, in any case
     * @return the smaller model
     */
    public SchemaModel without(Collection<String> names) {
        Set<String> lower = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        return new SchemaModel(
                tables.stream().filter(t -> !lower.contains(t.name().toLowerCase(Locale.ROOT))).toList(),
                indexes.stream().filter(i -> !lower.contains(i.table().toLowerCase(Locale.ROOT))).toList(), sequences,
                initSql);
    }
}
