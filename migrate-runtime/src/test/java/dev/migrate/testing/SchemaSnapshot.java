package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a test's schema holds, read from JDBC metadata and {@code information_schema}, with every
 * name in lower case so that H2's upper-case names compare with the others'.
 */
public final class SchemaSnapshot {

    /** A column: its type as the database names it, its size, nullability, default and identity. */
    public record ColumnInfo(String typeName, int size, boolean nullable, String defaultValue, boolean autoIncrement) {}

    /** An index: unique or not, its columns in order. */
    public record IndexInfo(boolean unique, List<String> columns) {}

    /** A foreign key: its columns, the referenced table and columns, and its delete rule. */
    public record ForeignKeyInfo(List<String> columns, String referencedTable, List<String> referencedColumns,
            int deleteRule) {}

    private final Connection connection;
    private final DatabaseKind kind;

    private SchemaSnapshot(Connection connection, DatabaseKind kind) {
        this.connection = connection;
        this.kind = kind;
    }

    /**
     * A reader of the connection's current schema.
     *
     * @param connection the connection
     * @param kind its database
     * @return the reader
     */
    public static SchemaSnapshot of(Connection connection, DatabaseKind kind) {
        return new SchemaSnapshot(connection, kind);
    }

    /** Every object metadata lists in the schema (tables, views and, on PostgreSQL, indexes and sequences). */
    public Set<String> objects() throws SQLException {
        Set<String> names = new TreeSet<>();
        try (ResultSet r = meta().getTables(catalog(), schema(), "%", null)) {
            while (r.next()) {
                names.add(lower(r.getString("TABLE_NAME")));
            }
        }
        return names;
    }

    /** The columns of a table, by name, in order. */
    public Map<String, ColumnInfo> columns(String table) throws SQLException {
        Map<String, ColumnInfo> columns = new TreeMap<>();
        try (ResultSet r = meta().getColumns(catalog(), schema(), stored(table), "%")) {
            while (r.next()) {
                columns.put(lower(r.getString("COLUMN_NAME")), new ColumnInfo(lower(r.getString("TYPE_NAME")),
                        r.getInt("COLUMN_SIZE"), r.getInt("NULLABLE") == DatabaseMetaData.columnNullable,
                        r.getString("COLUMN_DEF"), "YES".equals(r.getString("IS_AUTOINCREMENT"))));
            }
        }
        return columns;
    }

    /** The indexes of a table, by name (primary keys left out). */
    public Map<String, IndexInfo> indexes(String table) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        Map<String, Boolean> unique = new TreeMap<>();
        try (ResultSet r = meta().getIndexInfo(catalog(), schema(), stored(table), false, false)) {
            while (r.next()) {
                String name = r.getString("INDEX_NAME");
                if (name == null || r.getString("COLUMN_NAME") == null) {
                    continue;
                }
                String key = lower(name);
                // Rows come ordered by index, then by the column's position in it.
                columns.computeIfAbsent(key, k -> new ArrayList<>()).add(lower(r.getString("COLUMN_NAME")));
                unique.put(key, !r.getBoolean("NON_UNIQUE"));
            }
        }
        Map<String, IndexInfo> indexes = new TreeMap<>();
        columns.forEach((name, cols) -> indexes.put(name, new IndexInfo(unique.get(name), cols)));
        indexes.keySet().removeIf(name -> name.equals("primary") || name.endsWith("_pkey")
                || name.startsWith("primary_key"));
        return indexes;
    }

    /** The foreign keys of a table, by name. */
    public Map<String, ForeignKeyInfo> foreignKeys(String table) throws SQLException {
        Map<String, ForeignKeyInfo> keys = new TreeMap<>();
        try (ResultSet r = meta().getImportedKeys(catalog(), schema(), stored(table))) {
            while (r.next()) {
                String name = lower(r.getString("FK_NAME"));
                ForeignKeyInfo key = keys.get(name);
                List<String> columns = key == null ? new ArrayList<>() : new ArrayList<>(key.columns());
                List<String> referenced = key == null ? new ArrayList<>() : new ArrayList<>(key.referencedColumns());
                columns.add(lower(r.getString("FKCOLUMN_NAME")));
                referenced.add(lower(r.getString("PKCOLUMN_NAME")));
                keys.put(name, new ForeignKeyInfo(columns, lower(r.getString("PKTABLE_NAME")), referenced,
                        r.getInt("DELETE_RULE")));
            }
        }
        return keys;
    }

    /** The names of a table's constraints of one type ({@code UNIQUE}, {@code CHECK}, ...), from information_schema. */
    public Set<String> constraints(String table, String type) throws SQLException {
        Set<String> names = new TreeSet<>();
        String sql = "SELECT constraint_name FROM information_schema.table_constraints"
                + " WHERE table_schema = ? AND table_name = ? AND constraint_type = ?";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, kind == DatabaseKind.MYSQL ? connection.getCatalog() : connection.getSchema());
            s.setString(2, stored(table));
            s.setString(3, type);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(lower(r.getString(1)));
                }
            }
        }
        // PostgreSQL lists NOT NULL as CHECK constraints named like 2200_16386_1_not_null.
        names.removeIf(name -> name.endsWith("_not_null"));
        return names;
    }

    private DatabaseMetaData meta() throws SQLException {
        return connection.getMetaData();
    }

    private String catalog() throws SQLException {
        return kind == DatabaseKind.MYSQL ? connection.getCatalog() : null;
    }

    private String schema() throws SQLException {
        return kind == DatabaseKind.MYSQL ? null : connection.getSchema();
    }

    private String stored(String name) {
        return kind == DatabaseKind.H2 ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
    }
}
