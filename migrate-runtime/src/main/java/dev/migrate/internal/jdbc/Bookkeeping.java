package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.engine.RowChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Records a step in the connection's current transaction: its version-table changes and its history
 * rows. An update or delete that does not match exactly one row fails with {@link
 * VersionTable#expectOne}'s message: another run or a hand edit changed the table.
 *
 * <p>On PostgreSQL that is one statement, so one round trip per step whatever the number of
 * changes: each change is a data-modifying CTE returning the rows it touched, the history rows are
 * inserted only if every update and delete touched exactly one, and the statement returns each
 * change's count, so the failing change is named as before. The parts of one statement see one
 * snapshot and run in no defined order, so a sequence that names one version twice (a stamp that
 * purges a row and inserts it again) is written statement by statement instead.
 *
 * <p>MySQL, MariaDB and H2 take one statement per change and per history row. MySQL and MariaDB
 * cannot modify data in a CTE, and Connector/J sends several statements in one request only with
 * {@code allowMultiQueries=true}, a setting of the application's URL, not ours. H2 runs in the same
 * process, where a round trip costs next to nothing.
 */
final class Bookkeeping {

    private final VersionTable versions;
    private final HistoryTable history;
    private final boolean oneStatement;

    Bookkeeping(Dialect dialect, VersionTable versions, HistoryTable history) {
        this.versions = versions;
        this.history = history;
        this.oneStatement = dialect instanceof PostgresDialect;
    }

    /**
     * Applies {@code changes} in order and inserts {@code rows}, in the current transaction.
     *
     * @throws MigrationException when a change does not match exactly one row, or the tables refuse it
     * @throws SQLException when a history row cannot be inserted after separate changes
     */
    void record(Connection connection, List<RowChange> changes, List<HistoryRow> rows, String installedBy)
            throws SQLException {
        if (changes.isEmpty() && rows.isEmpty()) {
            return;
        }
        if (oneStatement && eachVersionOnce(changes)) {
            recordInOneStatement(connection, changes, rows, installedBy);
            return;
        }
        versions.apply(connection, changes);
        for (HistoryRow row : rows) {
            history.insert(connection, row, installedBy);
        }
    }

    private void recordInOneStatement(Connection connection, List<RowChange> changes, List<HistoryRow> rows,
            String installedBy) throws SQLException {
        int[] counts = new int[changes.size()];
        try (PreparedStatement s = connection.prepareStatement(sql(changes, rows.size()))) {
            int parameter = 1;
            for (RowChange change : changes) {
                parameter = VersionTable.bind(s, parameter, change);
            }
            for (HistoryRow row : rows) {
                parameter = history.bind(s, parameter, row, installedBy);
            }
            try (ResultSet result = s.executeQuery()) {
                result.next();
                for (int i = 0; i < counts.length; i++) {
                    counts[i] = result.getInt(i + 1);
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot record the step in the version table " + versions.qualifiedName()
                    + " and the history table " + history.qualifiedName() + " (" + changes.stream()
                    .map(VersionTable::describe).collect(Collectors.joining(", ")) + "): " + Texts.describe(e), e);
        }
        for (int i = 0; i < counts.length; i++) {
            if (!(changes.get(i) instanceof RowChange.Insert)) {
                versions.expectOne(counts[i], changes.get(i));
            }
        }
    }

    /**
     * {@code WITH change_0 AS (UPDATE ... RETURNING 1), ..., recorded AS (INSERT INTO history ...
     * SELECT ... WHERE (SELECT COUNT(*) FROM change_0) = 1 ...) SELECT (SELECT COUNT(*) FROM
     * change_0), ...}. Every data-modifying CTE runs to completion whether or not it is read.
     */
    private String sql(List<RowChange> changes, int rowCount) {
        StringBuilder sql = new StringBuilder("WITH ");
        StringBuilder condition = new StringBuilder();
        StringBuilder counts = new StringBuilder();
        for (int i = 0; i < changes.size(); i++) {
            RowChange change = changes.get(i);
            String name = "change_" + i;
            sql.append(name).append(" AS (").append(versions.statement(change)).append(" RETURNING 1), ");
            if (!(change instanceof RowChange.Insert)) {
                condition.append(condition.length() == 0 ? " WHERE " : " AND ")
                        .append("(SELECT COUNT(*) FROM ").append(name).append(") = 1");
            }
            counts.append(i == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM ").append(name).append(')');
        }
        if (rowCount > 0) {
            // Casts for the values that are not text, whatever types the driver sends
            // (stringtype=unspecified sends none), since a SELECT gives no target types.
            String values = "(?, ?, ?, ?, ?, CAST(? AS TIMESTAMP WITH TIME ZONE), CAST(? AS BIGINT), ?, ?,"
                    + " CAST(? AS BOOLEAN))";
            sql.append("recorded AS (INSERT INTO ").append(history.qualifiedName()).append(" (")
                    .append(HistoryTable.COLUMNS).append(") SELECT * FROM (VALUES ")
                    .append(String.join(", ", Collections.nCopies(rowCount, values)))
                    .append(") AS v").append(condition).append(" RETURNING 1), ");
            counts.append(counts.length() == 0 ? "" : ", ").append("(SELECT COUNT(*) FROM recorded)");
        }
        sql.setLength(sql.length() - 2);
        return sql.append(" SELECT ").append(counts).toString();
    }

    private static boolean eachVersionOnce(List<RowChange> changes) {
        Set<String> seen = new HashSet<>();
        for (RowChange change : changes) {
            for (String version : VersionTable.versions(change)) {
                if (!seen.add(version)) {
                    return false;
                }
            }
        }
        return true;
    }
}
