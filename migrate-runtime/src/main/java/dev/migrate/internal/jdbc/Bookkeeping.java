package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.engine.RowChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.Collectors;

/**
 * Records a step in the connection's current transaction: its version-table changes and its history
 * rows. An update or delete that does not match exactly one row fails with {@link
 * VersionTable#expectOne}'s message: another run or a hand edit changed the table. On failure the
 * caller rolls the transaction back, history rows included.
 *
 * <p>On PostgreSQL that is one round trip per step, whatever the number of changes: the statements
 * go as one prepared text separated by semicolons, which the driver sends in one request with a
 * single sync, and the server runs them in order as if sent apart, returning each count. So every
 * kind of change (a merge's deletes and update, an unmerge's inserts and update, a stamp that purges
 * a row and inserts it again) behaves as statement by statement. A data-modifying CTE would be one
 * statement too, but its parts share one snapshot, which rules out touching one row twice, and in
 * the benchmark it cost more per step than this. The statement is prepared once per command and kind
 * of changes and reused by every step, which then only binds its values.
 *
 * <p>MySQL, MariaDB and H2 take one round trip per statement. MySQL and MariaDB cannot modify data
 * in a CTE, and Connector/J sends several statements in one request only with {@code
 * allowMultiQueries=true}, a setting of the application's URL, not ours. H2 runs in the same
 * process, where a round trip costs next to nothing.
 */
public final class Bookkeeping {

    private final Dialect dialect;
    private final VersionTable versions;
    private final HistoryTable history;
    private final StatementCache statements;
    /** The one-request statements' texts by shape: see {@link #text}. */
    private final Map<String, String> texts = new HashMap<>();
    private final boolean oneRequest;

    public Bookkeeping(Dialect dialect, VersionTable versions, HistoryTable history, StatementCache statements) {
        this.dialect = dialect;
        this.versions = versions;
        this.history = history;
        this.statements = statements;
        this.oneRequest = dialect.bookkeepingInOneRequest();
    }

    /**
     * Applies {@code changes} in order and inserts {@code rows}, in the current transaction.
     *
     * @throws MigrationException when a change does not match exactly one row, or the tables refuse it
     * @throws SQLException when a history row cannot be inserted after separate changes
     */
    public void record(Connection connection, List<RowChange> changes, List<HistoryRow> rows, String installedBy)
            throws SQLException {
        if (changes.isEmpty() && rows.isEmpty()) {
            return;
        }
        if (oneRequest) {
            recordInOneRequest(changes, rows, installedBy);
            return;
        }
        versions.apply(connection, changes);
        for (HistoryRow row : rows) {
            history.insert(connection, row, installedBy);
        }
    }

    private void recordInOneRequest(List<RowChange> changes, List<HistoryRow> rows, String installedBy)
            throws SQLException {
        BoundValues values = new BoundValues(dialect);
        changes.forEach(change -> versions.giveValues(change, values));
        rows.forEach(row -> history.giveValues(row, installedBy, values));
        int[] counts = new int[changes.size()];
        try {
            PreparedStatement s = statements.prepare(text(changes, rows, installedBy));
            values.bind(s);
            s.execute();
            for (int i = 0; i < counts.length; i++) {
                counts[i] = s.getUpdateCount();
                s.getMoreResults();
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
     * The statement's text, which depends only on the kinds of the changes and the number of rows,
     * since every value is a parameter: built once for each such shape (most steps have the same).
     */
    private String text(List<RowChange> changes, List<HistoryRow> rows, String installedBy) {
        StringBuilder shape = new StringBuilder(changes.size() + 4);
        for (RowChange change : changes) {
            shape.append(change instanceof RowChange.Insert ? 'i' : change instanceof RowChange.Delete ? 'd' : 'u');
        }
        String key = shape.append(rows.size()).toString();
        String text = texts.get(key);
        if (text == null) {
            SqlValues placeholders = new BoundValues(dialect);
            StringJoiner sql = new StringJoiner("; ");
            changes.forEach(change -> sql.add(versions.statement(change, placeholders)));
            rows.forEach(row -> sql.add(history.insertStatement(row, installedBy, placeholders)));
            text = sql.toString();
            texts.put(key, text);
        }
        return text;
    }
}
