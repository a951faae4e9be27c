package dev.migrate;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A test database's tables, columns and rows as text, read through JDBC, to compare before and after. */
final class Snapshot {

    private Snapshot() {}

    static String of(TestDatabase db) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection c = db.dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            String catalog = db.kind() == DatabaseKind.MYSQL ? db.schema() : null;
            String schema = db.kind() == DatabaseKind.MYSQL ? null : db.schema();
            List<String> tables = new ArrayList<>();
            try (ResultSet r = meta.getTables(catalog, schema, "%", new String[] {"TABLE", "VIEW"})) {
                while (r.next()) {
                    tables.add(r.getString("TABLE_NAME"));
                }
            }
            tables.sort(null);
            for (String table : tables) {
                text.append("table ").append(table.toLowerCase(Locale.ROOT)).append('\n');
                try (ResultSet r = meta.getColumns(catalog, schema, table, "%")) {
                    while (r.next()) {
                        text.append("  ").append(r.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)).append(' ')
                                .append(r.getString("TYPE_NAME")).append('(').append(r.getInt("COLUMN_SIZE"))
                                .append(") nullable=").append(r.getString("IS_NULLABLE")).append('\n');
                    }
                }
                try (ResultSet r = meta.getImportedKeys(catalog, schema, table)) {
                    while (r.next()) {
                        text.append("  fk ").append(r.getString("FKCOLUMN_NAME").toLowerCase(Locale.ROOT)).append(" -> ")
                                .append(r.getString("PKTABLE_NAME").toLowerCase(Locale.ROOT)).append('\n');
                    }
                }
                for (String row : Rows.query(db.dataSource(), "SELECT * FROM " + table + " ORDER BY 1")) {
                    text.append("  row ").append(row).append('\n');
                }
            }
        }
        return text.toString();
    }
}
