package dev.migrate.internal.jdbc;

import dev.migrate.AcceptedChecksum;
import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The checksums accepted by hand, kept in the history table without changing its layout: a row
 * with direction {@code checksum} and status {@code accepted}, the new checksum in {@code
 * checksum}, the reason in {@code message}, and {@code installed_by} as for every row. The
 * checksum check reads such a row as it reads an applied upgrade's ({@link HistoryTable#changedChecksums}).
 */
public final class ChecksumAcceptances {

    private final Dialect dialect;
    private final HistoryTable history;

    /**
     * @param dialect the database's dialect
     * @param history the history table
     */
    public ChecksumAcceptances(Dialect dialect, HistoryTable history) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.history = Objects.requireNonNull(history, "history");
    }

    /**
     * Records that {@code revision}'s source now has {@code checksum}, for {@code reason}. Call it
     * while holding the {@link MigrationLock}.
     *
     * @param connection the connection; left in auto-commit mode
     * @param revision the revision's id
     * @param checksum the checksum to accept
     * @param reason why
     * @return what was recorded
     * @throws MigrationException when the row cannot be written
     */
    public AcceptedChecksum accept(Connection connection, String revision, String checksum, String reason) {
        // The timestamp column keeps milliseconds: what is returned is what a later read gives.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        try {
            connection.setAutoCommit(true);
            String user = connection.getMetaData().getUserName();
            history.insert(connection, new HistoryRow(revision, HistoryDirection.CHECKSUM, reason, checksum,
                    HistoryStatus.ACCEPTED, now, 0, null, true, null), user);
            return new AcceptedChecksum(revision, checksum, reason, now, user);
        } catch (SQLException e) {
            throw new MigrationException("Cannot record the accepted checksum of revision " + revision
                    + " in the history table " + history.qualifiedName() + ": " + Texts.describe(e), e);
        }
    }

    /**
     * The accepted checksums that are still their revision's latest row: an acceptance that a later
     * step (a downgrade, a new upgrade) followed is history, no longer news.
     *
     * @param connection the connection
     * @return the acceptances by revision id, sorted by id
     * @throws MigrationException when the table cannot be read
     */
    public Map<String, AcceptedChecksum> latest(Connection connection) {
        String table = history.qualifiedName();
        String sql = "SELECT l.revision, l.checksum, l.message, l.started_at, l.installed_by FROM " + table + " l"
                + " WHERE l.direction = '" + HistoryDirection.CHECKSUM.column() + "' AND NOT EXISTS (SELECT 1 FROM "
                + table + " x WHERE x.revision = l.revision AND x.id > l.id AND x.direction <> '" + HistoryTable.SEED
                + "') ORDER BY l.revision";
        Map<String, AcceptedChecksum> accepted = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                accepted.put(rows.getString(1), new AcceptedChecksum(rows.getString(1), rows.getString(2),
                        rows.getString(3), dialect.readTimestamp(rows, 4), rows.getString(5)));
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the history table " + table + ": " + Texts.describe(e), e);
        }
        return Collections.unmodifiableMap(accepted);
    }
}
