package dev.migrate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/** Plain SQL for the process tests' checks. */
final class Rows {

    private Rows() {}

    /** The version table's rows. */
    static List<String> versions(DataSource dataSource) throws SQLException {
        return query(dataSource, "SELECT version_num FROM migrate_version ORDER BY version_num");
    }

    /** The history, oldest first, as {@code revision direction status}. */
    static List<String> history(DataSource dataSource) throws SQLException {
        return query(dataSource, "SELECT revision, direction, status FROM migrate_history ORDER BY id");
    }

    /** Every execution of a {@link LoggedRevision}, as {@code revision process}, sorted. */
    static List<String> appliedLog(DataSource dataSource) throws SQLException {
        return query(dataSource, "SELECT revision, process FROM applied_log ORDER BY revision, process");
    }

    static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    /** Each row's columns joined by a space. */
    static List<String> query(DataSource dataSource, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder(r.getString(1));
                for (int i = 2; i <= columns; i++) {
                    row.append(' ').append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** Whether a query on the table works, i.e. the table exists. */
    static boolean tableExists(DataSource dataSource, String table) {
        try {
            query(dataSource, "SELECT COUNT(*) FROM " + table);
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
