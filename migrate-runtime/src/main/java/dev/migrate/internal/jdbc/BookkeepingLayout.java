package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Which bookkeeping tables exist, and whether the history table has this release's layout, asked of
 * the information schema in one indexed lookup, so that a read-only command (or a bad target)
 * creates nothing and a cold start stays cheap. {@code DatabaseMetaData.getTables} would list the
 * whole schema (thousands of tables in a large project) and load much of the driver on a cold start.
 */
public final class BookkeepingLayout {

    /**
     * What exists.
     *
     * @param versionTable whether the version table exists
     * @param historyTable whether the history table exists
     * @param lineage whether the history table has the {@code lineage} column, which the previous
     *     release's layout lacks
     */
    public record Found(boolean versionTable, boolean historyTable, boolean lineage) {}

    private final Dialect dialect;
    private final TableNames names;

    /**
     * @param dialect the database's dialect
     * @param names where the tables are
     */
    public BookkeepingLayout(Dialect dialect, TableNames names) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * Looks the tables and the history's {@code lineage} column up.
     *
     * @param connection the connection
     * @return what exists
     * @throws MigrationException when the information schema cannot be read
     */
    public Found find(Connection connection) {
        String version = dialect.storedName(names.versionTable());
        String history = dialect.storedName(names.historyTable());
        String lineage = dialect.storedName(HistoryTable.LINEAGE);
        // The tables' names, and the history's lineage column as a second row when it exists.
        String sql = "SELECT t.table_name, c.column_name FROM information_schema.tables t"
                + " LEFT JOIN information_schema.columns c ON c.table_schema = t.table_schema"
                + " AND c.table_name = t.table_name AND c.column_name = ?"
                + " WHERE t.table_schema = ? AND t.table_name IN (?, ?)";
        boolean versionFound = false;
        boolean historyFound = false;
        boolean lineageFound = false;
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, lineage);
            // MySQL calls its databases catalogs; PostgreSQL and H2 have schemas.
            s.setString(2, names.schema() != null ? dialect.storedName(names.schema())
                    : dialect instanceof MySqlDialect ? connection.getCatalog() : connection.getSchema());
            s.setString(3, version);
            s.setString(4, history);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (table.equals(version)) {
                        versionFound = true;
                    } else if (table.equals(history)) {
                        historyFound = true;
                        lineageFound = rows.getString(2) != null;
                    }
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot look for the bookkeeping tables "
                    + dialect.qualify(names.schema(), names.versionTable()) + " and "
                    + dialect.qualify(names.schema(), names.historyTable()) + ": " + Texts.describe(e), e);
        }
        return new Found(versionFound, historyFound, lineageFound);
    }
}
