package dev.migrate.internal.jdbc;

import dev.migrate.internal.db.Dialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Asks the database's metadata whether a table, column or index exists in the connection's
 * current schema (on MySQL, its current database). Names are matched exactly, as stored.
 */
final class SchemaLookup {

    private final Connection connection;
    private final Dialect dialect;

    SchemaLookup(Connection connection, Dialect dialect) {
        this.connection = connection;
        this.dialect = dialect;
    }

    boolean table(String table) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String stored = dialect.storedName(table);
        try (ResultSet tables = meta.getTables(catalog(), schema(), pattern(meta, stored), null)) {
            return contains(tables, "TABLE_NAME", stored);
        }
    }

    boolean column(String table, String column) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        String stored = dialect.storedName(column);
        try (ResultSet columns = meta.getColumns(catalog(), schema(), pattern(meta, dialect.storedName(table)),
                pattern(meta, stored))) {
            while (columns.next()) {
                if (columns.getString("TABLE_NAME").equals(dialect.storedName(table))
                        && columns.getString("COLUMN_NAME").equals(stored)) {
                    return true;
                }
            }
            return false;
        }
    }

    boolean index(String table, String index) throws SQLException {
        if (!table(table)) {
            return false;
        }
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet indexes = meta.getIndexInfo(catalog(), schema(), dialect.storedName(table), false, true)) {
            return contains(indexes, "INDEX_NAME", dialect.storedName(index));
        }
    }

    private static boolean contains(ResultSet rows, String column, String name) throws SQLException {
        while (rows.next()) {
            if (name.equals(rows.getString(column))) {
                return true;
            }
        }
        return false;
    }

    /** MySQL calls its databases catalogs; the others have schemas. */
    private String catalog() throws SQLException {
        return dialect.catalogsAreSchemas() ? connection.getCatalog() : null;
    }

    private String schema() throws SQLException {
        return dialect.catalogsAreSchemas() ? null : connection.getSchema();
    }

    /** The metadata methods take LIKE patterns: escape {@code _} and {@code %} in a name. */
    private static String pattern(DatabaseMetaData meta, String name) throws SQLException {
        String escape = meta.getSearchStringEscape();
        if (escape == null || escape.isEmpty()) {
            return name;
        }
        return name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }
}
