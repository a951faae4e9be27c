package dev.migrate.internal.schema;

import java.sql.Types;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one schema holds, as {@link SchemaReader} reads it: names as the database stores them, the
 * tables sorted by name.
 *
 * @param schema the schema's (MySQL/MariaDB: the database's) name
 * @param tables the tables by name
 * @param sequences the names of its sequences, sorted (none on MySQL, which has none)
 */
public record LiveSchema(String schema, SortedMap<String, Table> tables, List<String> sequences) {

    /** Copies the collections. */
    public LiveSchema {
        tables = Collections.unmodifiableSortedMap(new TreeMap<>(tables));
        sequences = List.copyOf(sequences);
    }

    /**
     * A column, with its type as JDBC metadata gives it.
     *
     * @param name its name
     * @param typeName the database's name of its type, such as {@code CHARACTER VARYING}
     * @param jdbcType its {@link Types} code
     * @param size the length of character and binary types, the precision of numbers
     * @param digits the scale of decimals
     * @param nullable whether it takes {@code NULL}
     * @param autoIncrement whether the database numbers it (an identity, {@code AUTO_INCREMENT})
     */
    public record Column(String name, String typeName, int jdbcType, int size, int digits, boolean nullable,
            boolean autoIncrement) {

        /**
         * The type name, with the length or precision where it is part of the type.
         *
         * @return such as {@code VARCHAR(100)} or {@code NUMERIC(10,2)}
         */
        public String displayType() {
            return switch (jdbcType) {
                case Types.CHAR, Types.VARCHAR, Types.NCHAR, Types.NVARCHAR, Types.BINARY, Types.VARBINARY ->
                        size <= 0 || size == Integer.MAX_VALUE ? typeName : typeName + "(" + size + ")";
                case Types.DECIMAL, Types.NUMERIC -> typeName + "(" + size + "," + digits + ")";
                default -> typeName;
            };
        }
    }

    /**
     * A primary key or a unique constraint.
     *
     * @param name the constraint's name, as the database reports it (possibly generated)
     * @param columns its columns, in order
     */
    public record Key(String name, List<String> columns) {
        /** Copies the list. */
        public Key {
            columns = List.copyOf(columns);
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
    }

    /**
     * A check constraint (not the {@code NOT NULL} checks some databases list).
     *
     * @param name its name
     * @param clause its condition as the database gives it back, or empty when it does not
     */
    public record Check(String name, String clause) {}

    /**
     * A table and what belongs to it.
     *
     * @param name its name
     * @param columns its columns, in their order in the table
     * @param primaryKey its primary key, if any
     * @param indexes its indexes, without the primary key's and those H2 names anew on each rebuild
     * @param foreignKeys its foreign keys
     * @param uniques its unique constraints
     * @param checks its check constraints
     */
    public record Table(String name, List<Column> columns, Optional<Key> primaryKey, List<Index> indexes,
            List<ForeignKey> foreignKeys, List<Key> uniques, List<Check> checks) {
        /** Copies the lists. */
        public Table {
            columns = List.copyOf(columns);
            indexes = List.copyOf(indexes);
            foreignKeys = List.copyOf(foreignKeys);
            uniques = List.copyOf(uniques);
            checks = List.copyOf(checks);
        }
    }
}
