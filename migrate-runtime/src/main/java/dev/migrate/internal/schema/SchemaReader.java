package dev.migrate.internal.schema;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads one schema's objects through a connection's metadata (and the {@code information_schema}
 * for unique and check constraints), on H2, PostgreSQL and MySQL/MariaDB, where a schema is a
 * database (a JDBC catalog). Only queries run.
 */
public final class SchemaReader {

    /** How H2 names the index it creates for a constraint. */
    private static final Pattern GENERATED_INDEX = Pattern.compile("(PRIMARY_KEY|.*_INDEX)_[0-9A-F]+");

    private final Connection connection;
    private final DatabaseMetaData meta;
    /** MySQL and MariaDB call a schema a database, which JDBC calls a catalog. */
    private final boolean catalogs;

    /**
     * A reader over an open connection, which stays open.
     *
     * @param connection the connection
     * @throws SQLException when its metadata cannot be read
     */
    public SchemaReader(Connection connection) throws SQLException {
        this.connection = connection;
        this.meta = connection.getMetaData();
        this.catalogs = !meta.supportsSchemasInTableDefinitions() && meta.supportsCatalogsInTableDefinitions();
    }

    /**
     * Reads a schema.
     *
     * @param requested the schema (MySQL/MariaDB: the database), in any case; {@code null} for the
     *     connection's current one
     * @return what it holds
     * @throws SQLException when the metadata cannot be read
     * @throws IllegalArgumentException when the database has no such schema, or the connection has
     *     no current one and none is given
     */
    public LiveSchema read(String requested) throws SQLException {
        String schema = existing(requested != null ? requested : catalogs ? connection.getCatalog() : connection.getSchema());
        Map<String, List<LiveSchema.Key>> uniques = uniques(schema);
        Map<String, List<LiveSchema.Check>> checks = checks(schema);
        Set<String> generated = generatedIndexes(schema);
        SortedMap<String, LiveSchema.Table> tables = new TreeMap<>();
        for (String name : tableNames(schema)) {
            Optional<LiveSchema.Key> primaryKey = primaryKey(schema, name);
            tables.put(name, new LiveSchema.Table(name, columns(schema, name), primaryKey,
                    indexes(schema, name, primaryKey, generated), foreignKeys(schema, name),
                    uniques.getOrDefault(name, List.of()), checks.getOrDefault(name, List.of())));
        }
        return new LiveSchema(schema, tables, sequences(schema));
    }

    /** The schema as the database spells it: the name given, or the one name that differs only in case. */
    private String existing(String requested) throws SQLException {
        if (requested == null) {
            throw new IllegalArgumentException("The connection has no current " + (catalogs ? "database" : "schema")
                    + "; give the schema to read");
        }
        List<String> near = new ArrayList<>();
        try (ResultSet r = catalogs ? meta.getCatalogs() : meta.getSchemas()) {
            while (r.next()) {
                String name = r.getString(catalogs ? "TABLE_CAT" : "TABLE_SCHEM");
                if (name.equals(requested)) {
                    return name;
                }
                if (name.equalsIgnoreCase(requested)) {
                    near.add(name);
                }
            }
        }
        if (near.size() == 1) {
            return near.get(0);
        }
        throw new IllegalArgumentException("The database has " + (near.isEmpty() ? "no " : "several ")
                + (catalogs ? "database" : "schema") + " named \"" + requested + "\"" + (near.isEmpty() ? ""
                : " (" + String.join(", ", near) + ")") + "; give the exact name of an existing one");
    }

    private String catalog(String schema) {
        return catalogs ? schema : null;
    }

    private String schemaPattern(String schema) {
        return catalogs ? null : schema;
    }

    /** Whether a metadata row is of the schema: the patterns would also match names with other characters at '_'. */
    private boolean inSchema(ResultSet r, String schema) throws SQLException {
        return schema.equals(r.getString(catalogs ? "TABLE_CAT" : "TABLE_SCHEM"));
    }

    private List<String> tableNames(String schema) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet r = meta.getTables(catalog(schema), schemaPattern(schema), "%", new String[] {"TABLE"})) {
            while (r.next()) {
                if (inSchema(r, schema)) {
                    names.add(r.getString("TABLE_NAME"));
                }
            }
        }
        return names;
    }

    private List<LiveSchema.Column> columns(String schema, String table) throws SQLException {
        SortedMap<Integer, LiveSchema.Column> columns = new TreeMap<>();
        try (ResultSet r = meta.getColumns(catalog(schema), schemaPattern(schema), table, "%")) {
            while (r.next()) {
                if (inSchema(r, schema) && table.equals(r.getString("TABLE_NAME"))) {
                    columns.put(r.getInt("ORDINAL_POSITION"), new LiveSchema.Column(r.getString("COLUMN_NAME"),
                            r.getString("TYPE_NAME"), r.getInt("DATA_TYPE"), r.getInt("COLUMN_SIZE"),
                            r.getInt("DECIMAL_DIGITS"), r.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls,
                            "YES".equalsIgnoreCase(r.getString("IS_AUTOINCREMENT"))));
                }
            }
        }
        return new ArrayList<>(columns.values());
    }

    private Optional<LiveSchema.Key> primaryKey(String schema, String table) throws SQLException {
        SortedMap<Short, String> columns = new TreeMap<>();
        String name = null;
        try (ResultSet r = meta.getPrimaryKeys(catalog(schema), schemaPattern(schema), table)) {
            while (r.next()) {
                columns.put(r.getShort("KEY_SEQ"), r.getString("COLUMN_NAME"));
                name = r.getString("PK_NAME");
            }
        }
        return columns.isEmpty() ? Optional.empty()
                : Optional.of(new LiveSchema.Key(name == null ? "" : name, new ArrayList<>(columns.values())));
    }

    private List<LiveSchema.Index> indexes(String schema, String table, Optional<LiveSchema.Key> key,
            Set<String> generated) throws SQLException {
        Map<String, SortedMap<Short, String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new HashMap<>();
        try (ResultSet r = meta.getIndexInfo(catalog(schema), schemaPattern(schema), table, false, false)) {
            while (r.next()) {
                String name = r.getString("INDEX_NAME");
                if (name == null || r.getShort("TYPE") == DatabaseMetaData.tableIndexStatistic) {
                    continue;
                }
                columns.computeIfAbsent(name, n -> new TreeMap<>()).put(r.getShort("ORDINAL_POSITION"),
                        String.valueOf(r.getString("COLUMN_NAME")));
                unique.put(name, !r.getBoolean("NON_UNIQUE"));
            }
        }
        List<LiveSchema.Index> indexes = new ArrayList<>();
        columns.forEach((name, cols) -> {
            LiveSchema.Index index = new LiveSchema.Index(name, unique.get(name), new ArrayList<>(cols.values()));
            if (!backsPrimaryKey(index, key) && !generated.contains(table + "\t" + name)) {
                indexes.add(index);
            }
        });
        return indexes;
    }

    /** The primary key's own index: PostgreSQL names it after the key, MySQL {@code PRIMARY}, H2 {@code PRIMARY_KEY_...}. */
    private static boolean backsPrimaryKey(LiveSchema.Index index, Optional<LiveSchema.Key> key) {
        if (key.isEmpty() || !index.unique() || !index.columns().equals(key.get().columns())) {
            return false;
        }
        String name = index.name().toUpperCase(Locale.ROOT);
        return index.name().equals(key.get().name()) || name.equals("PRIMARY") || name.startsWith("PRIMARY_KEY");
    }

    /** One column of a foreign key, as metadata gives it, row by row. */
    private record KeyColumn(short position, String column, String referenced) {}

    private List<LiveSchema.ForeignKey> foreignKeys(String schema, String table) throws SQLException {
        Map<String, SortedMap<Short, KeyColumn>> columns = new LinkedHashMap<>();
        Map<String, LiveSchema.ForeignKey> keys = new LinkedHashMap<>();
        try (ResultSet r = meta.getImportedKeys(catalog(schema), schemaPattern(schema), table)) {
            while (r.next()) {
                String name = String.valueOf(r.getString("FK_NAME"));
                KeyColumn column = new KeyColumn(r.getShort("KEY_SEQ"), r.getString("FKCOLUMN_NAME"),
                        r.getString("PKCOLUMN_NAME"));
                SortedMap<Short, KeyColumn> key = columns.computeIfAbsent(name, n -> new TreeMap<>());
                key.put(column.position(), column);
                keys.put(name, new LiveSchema.ForeignKey(name, key.values().stream().map(KeyColumn::column).toList(),
                        r.getString("PKTABLE_NAME"), key.values().stream().map(KeyColumn::referenced).toList(),
                        rule(r.getShort("UPDATE_RULE")), rule(r.getShort("DELETE_RULE"))));
            }
        }
        return new ArrayList<>(keys.values());
    }

    private static String rule(short rule) {
        return switch (rule) {
            case DatabaseMetaData.importedKeyCascade -> "CASCADE";
            case DatabaseMetaData.importedKeyRestrict -> "RESTRICT";
            case DatabaseMetaData.importedKeySetNull -> "SET NULL";
            case DatabaseMetaData.importedKeySetDefault -> "SET DEFAULT";
            default -> "NO ACTION";
        };
    }

    /**
     * The indexes H2 creates for its constraints, by {@code table\tindex}: their names end in a
     * number H2 draws anew whenever it rebuilds the table (an added or dropped column), so they
     * would differ after a round trip that changed nothing. The constraints themselves are compared.
     * Only H2's information_schema names a constraint's index.
     */
    private Set<String> generatedIndexes(String schema) throws SQLException {
        Set<String> generated = new HashSet<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT * FROM information_schema.table_constraints WHERE table_schema = ?")) {
            s.setString(1, schema);
            try (ResultSet r = s.executeQuery()) {
                if (!hasColumn(r.getMetaData(), "INDEX_NAME")) {
                    return generated;
                }
                while (r.next()) {
                    String index = r.getString("INDEX_NAME");
                    if (index != null && GENERATED_INDEX.matcher(index).matches()) {
                        generated.add(r.getString("TABLE_NAME") + "\t" + index);
                    }
                }
            }
        }
        return generated;
    }

    /**
     * The schema's sequences, sorted, from the information_schema: its {@code sequences} view on
     * H2 and PostgreSQL, its tables of type {@code SEQUENCE} on MariaDB (MySQL has none).
     */
    private List<String> sequences(String schema) throws SQLException {
        String sql = catalogs
                ? "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_type = 'SEQUENCE'"
                : "SELECT sequence_name FROM information_schema.sequences WHERE sequence_schema = ?";
        List<String> names = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, schema);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    names.add(r.getString(1));
                }
            }
        }
        names.sort(null);
        return names;
    }

    /** Unique constraints by table, from the information_schema, which JDBC metadata has no call for. */
    private Map<String, List<LiveSchema.Key>> uniques(String schema) throws SQLException {
        String sql = "SELECT tc.table_name, tc.constraint_name, kcu.column_name"
                + " FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage kcu"
                + " ON kcu.constraint_schema = tc.constraint_schema AND kcu.constraint_name = tc.constraint_name"
                + " AND kcu.table_name = tc.table_name"
                + " WHERE tc.table_schema = ? AND tc.constraint_type = 'UNIQUE'"
                + " ORDER BY tc.table_name, tc.constraint_name, kcu.ordinal_position";
        Map<String, Map<String, List<String>>> columns = new TreeMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, schema);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    columns.computeIfAbsent(r.getString(1), t -> new LinkedHashMap<>())
                            .computeIfAbsent(r.getString(2), c -> new ArrayList<>()).add(r.getString(3));
                }
            }
        }
        Map<String, List<LiveSchema.Key>> uniques = new HashMap<>();
        columns.forEach((table, byName) -> byName.forEach((name, cols) ->
                uniques.computeIfAbsent(table, t -> new ArrayList<>()).add(new LiveSchema.Key(name, cols))));
        return uniques;
    }

    /**
     * Check constraints by table, from the information_schema. PostgreSQL lists each NOT NULL as a
     * check named {@code ..._not_null} (with object ids in the name before version 18), which the
     * column's nullability already says: left out.
     */
    private Map<String, List<LiveSchema.Check>> checks(String schema) throws SQLException {
        Map<String, String> clauses = checkClauses(schema);
        String sql = "SELECT table_name, constraint_name FROM information_schema.table_constraints"
                + " WHERE table_schema = ? AND constraint_type = 'CHECK' ORDER BY table_name, constraint_name";
        Map<String, List<LiveSchema.Check>> checks = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, schema);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    String table = r.getString(1);
                    String name = r.getString(2);
                    // MariaDB names a column's check after the column: unique per table, not per schema.
                    String clause = Objects.requireNonNullElse(
                            clauses.getOrDefault(table + "\t" + name, clauses.get(name)), "");
                    if (name.endsWith("_not_null") && clause.toUpperCase(Locale.ROOT).endsWith("IS NOT NULL")) {
                        continue;
                    }
                    checks.computeIfAbsent(table, t -> new ArrayList<>()).add(new LiveSchema.Check(name, clause));
                }
            }
        }
        return checks;
    }

    /** The check clauses by {@code table\tname} where the database tells the table (MariaDB), else by name. */
    private Map<String, String> checkClauses(String schema) throws SQLException {
        Map<String, String> clauses = new HashMap<>();
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT * FROM information_schema.check_constraints WHERE constraint_schema = ?")) {
            s.setString(1, schema);
            try (ResultSet r = s.executeQuery()) {
                boolean tables = hasColumn(r.getMetaData(), "TABLE_NAME");
                while (r.next()) {
                    String name = r.getString("CONSTRAINT_NAME");
                    clauses.put(tables ? r.getString("TABLE_NAME") + "\t" + name : name, r.getString("CHECK_CLAUSE"));
                }
            }
        }
        return clauses;
    }

    private static boolean hasColumn(ResultSetMetaData columns, String name) throws SQLException {
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            if (columns.getColumnLabel(i).equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }
}
