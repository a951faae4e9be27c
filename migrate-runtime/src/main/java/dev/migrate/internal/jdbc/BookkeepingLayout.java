package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.TableNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;

/**
 * Which bookkeeping tables exist, and whether the history table has this release's layout, asked of
 * the catalog in indexed lookups (the dialect's {@link Dialect#tablesQuery} and {@link
 * Dialect#columnQuery}), so that a read-only command (or a bad target)
 * creates nothing and a cold start stays cheap. {@code DatabaseMetaData.getTables} would list the
 * whole schema (thousands of tables in a large project) and load much of the driver on a cold start.
 */
public final class BookkeepingLayout {

    /**
     * What exists.
     *
     * @param versionTable whether the version table exists
     * @param historyTable whether the history table exists
     */
    public record Found(boolean versionTable, boolean historyTable) {}

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
     * Looks the tables up; the history's {@code lineage} column is {@link #lineage}'s question,
     * asked only by a caller that needs it.
     *
     * @param connection the connection
     * @return what exists
     * @throws MigrationException when the catalog cannot be read
     */
    public Found find(Connection connection) {
        String version = dialect.storedName(names.versionTable());
        String history = dialect.storedName(names.historyTable());
        boolean versionFound = false;
        boolean historyFound = false;
        try (PreparedStatement s = connection.prepareStatement(dialect.tablesQuery())) {
            s.setString(1, schema(connection));
            s.setString(2, version);
            s.setString(3, history);
            try (ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    versionFound |= rows.getString(1).equals(version);
                    historyFound |= rows.getString(1).equals(history);
                }
            }
            return new Found(versionFound, historyFound);
        } catch (SQLException e) {
            throw new MigrationException("Cannot look for the bookkeeping tables "
                    + dialect.qualify(names.schema(), names.versionTable()) + " and "
                    + dialect.qualify(names.schema(), names.historyTable()) + ": " + Texts.describe(e), e);
        }
    }

    /**
     * Whether the history table, known to exist, has the {@code lineage} column, which the previous
     * release's layout lacks; the columns view costs several times the tables view (PostgreSQL's
     * information schema), so reading commands that never need it do not ask.
     *
     * @param connection the connection
     * @return {@code false} for the previous release's layout
     * @throws MigrationException when the catalog cannot be read
     */
    public boolean lineage(Connection connection) {
        try {
            return hasLineage(connection, dialect.storedName(names.historyTable()));
        } catch (SQLException e) {
            throw new MigrationException("Cannot look for the column " + HistoryTable.LINEAGE + " of "
                    + dialect.qualify(names.schema(), names.historyTable()) + ": " + Texts.describe(e), e);
        }
    }

    private boolean hasLineage(Connection connection, String history) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(dialect.columnQuery())) {
            s.setString(1, schema(connection));
            s.setString(2, history);
            s.setString(3, dialect.storedName(HistoryTable.LINEAGE));
            try (ResultSet rows = s.executeQuery()) {
                return rows.next();
            }
        }
    }

    /**
     * The name of the tables' schema as the information schema stores it. MySQL calls its databases
     * catalogs; PostgreSQL and H2 have schemas.
     */
    String schema(Connection connection) throws SQLException {
        return names.schema() != null ? dialect.storedName(names.schema())
                : dialect.catalogsAreSchemas() ? connection.getCatalog() : connection.getSchema();
    }
}
