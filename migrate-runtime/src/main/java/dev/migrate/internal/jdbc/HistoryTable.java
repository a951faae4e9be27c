package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.engine.RecordedRevision;
import dev.migrate.report.CommandNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The history table: one row per executed step, so it tells what happened and when. A step that
 * runs outside a transaction writes its row as {@code running} before it starts and updates it
 * when it ends; other rows are never updated. Columns: {@code id, revision, direction, message, checksum, status, started_at,
 * duration_ms, error, installed_by, in_transaction, lineage}. The previous release's table lacks
 * {@code lineage}, which {@link #addLineage} adds in place.
 */
public final class HistoryTable {

    /** Longest error text kept in a row; a stack of driver messages can be long. */
    static final int MAX_ERROR = 4000;

    /** The columns an insert gives, in the order {@link #insertStatement} gives their values. */
    private static final String COLUMNS = "revision, direction, message, checksum, status, started_at, duration_ms,"
            + " error, installed_by, in_transaction, lineage";

    /** The direction of an accepted checksum's row, which records no step. */
    private static final String ACCEPTANCE = HistoryDirection.CHECKSUM.column();

    /** The direction of a seed's row: no revision's, so the revisions' readers leave it out. */
    static final String SEED = HistoryDirection.SEED.column();

    /** Whether row {@code <alias>} is a revision's (not a seed's): a seed may share an id with a revision. */
    private static String revisionRow(String alias) {
        return alias + ".direction <> '" + SEED + "'";
    }

    /**
     * Whether row {@code <alias>} carries the checksum a revision is checked against: an applied
     * upgrade, or a checksum accepted by hand since.
     */
    private static String checksumRow(String alias) {
        return "((" + alias + ".direction = 'upgrade' AND " + alias + ".status = 'applied') OR " + alias
                + ".direction = '" + ACCEPTANCE + "')";
    }

    /** The column the previous release's layout lacks: what each revision revises and depends on. */
    static final String LINEAGE = "lineage";

    private final Dialect dialect;
    private final TableNames names;
    private final String table;
    /**
     * Whether the database compares ids by a collation that may ignore case (MySQL, MariaDB), so
     * that each comparison of ids adds an exact one: R001 is not r001.
     */
    private final boolean caseBlind;
    /**
     * Whether row {@code l} is its revision's latest: an anti-join probing the (revision, id) index
     * per row, which no planner estimate turns into a scan per row, unlike a join with an aggregate
     * of the same table (PostgreSQL, before it has statistics on a new table, may nest that loop).
     */
    private final String isLatestRow;
    /**
     * Whether row {@code l} is its revision's latest step: as {@link #isLatestRow}, leaving out the
     * rows of accepted checksums, which record no step.
     */
    private final String isLatestStep;

    /**
     * @param dialect the database's dialect
     * @param names where the table is
     */
    public HistoryTable(Dialect dialect, TableNames names) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.names = Objects.requireNonNull(names, "names");
        this.table = dialect.qualify(names.schema(), names.historyTable());
        this.caseBlind = !dialect.exactText("revision").equals("revision");
        String sameRevision = sameRevision("x.revision", "l.revision");
        this.isLatestRow = revisionRow("l") + " AND NOT EXISTS (SELECT 1 FROM " + table
                + " x WHERE " + sameRevision + " AND x.id > l.id AND " + revisionRow("x") + ")";
        this.isLatestStep = "l.direction <> '" + ACCEPTANCE + "' AND " + revisionRow("l") + " AND NOT EXISTS (SELECT 1"
                + " FROM " + table + " x WHERE " + sameRevision + " AND x.id > l.id AND x.direction <> '" + ACCEPTANCE
                + "' AND " + revisionRow("x") + ")";
    }

    /**
     * Whether two revision columns (or a column and a parameter) hold the same id, compared exactly
     * as the scans compare them in Java: MySQL's default collation takes R001 for r001. The plain
     * comparison stays first, for the (revision, id) index.
     */
    private String sameRevision(String a, String b) {
        return a + " = " + b + (caseBlind ? " AND " + dialect.exactText(a) + " = " + dialect.exactText(b) : "");
    }

    /**
     * Creates the table and its index if they do not exist. Call it while holding the {@link
     * MigrationLock}.
     *
     * @param connection the connection; left in auto-commit mode
     * @throws MigrationException when the table cannot be created
     */
    public void create(Connection connection) {
        try {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                for (String ddl : dialect.historyTableDdl(names)) {
                    statement.execute(ddl);
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot create the history table " + table + ": " + Texts.describe(e), e);
        }
    }

    /**
     * Adds the {@code lineage} column to a table of the previous release's layout. Call it while
     * holding the {@link MigrationLock}.
     *
     * @param connection the connection; left in auto-commit mode
     * @throws MigrationException when the column cannot be added
     */
    public void addLineage(Connection connection) {
        try {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                statement.execute(addLineageStatement());
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot add the column " + LINEAGE + " to the history table " + table
                    + " (written by an earlier migrate release): " + Texts.describe(e), e);
        }
    }

    /** The statement that adds the {@code lineage} column, online or in a script. */
    public String addLineageStatement() {
        return "ALTER TABLE " + table + " ADD " + LINEAGE + " " + dialect.textType();
    }

    /**
     * The latest recorded lineage of each of {@code revisions} that has one, or of every revision.
     *
     * @param connection the connection
     * @param revisions the revision ids, or {@code null} for every revision
     * @return the column's text by revision id
     * @throws MigrationException when the table cannot be read
     */
    public Map<String, String> lineage(Connection connection, Collection<String> revisions) {
        StringBuilder sql = new StringBuilder("SELECT revision, " + LINEAGE + " FROM " + table + " WHERE "
                + LINEAGE + " IS NOT NULL");
        List<String> ids = revisions == null ? List.of() : List.copyOf(revisions);
        if (revisions != null) {
            sql.append(" AND revision IN (").append(String.join(", ", Collections.nCopies(ids.size(), "?"))).append(')');
        }
        // Oldest first, so the latest row of a revision is the one kept.
        sql.append(" ORDER BY id");
        Map<String, String> lineage = new HashMap<>();
        if (revisions != null && ids.isEmpty()) {
            return lineage;
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            for (int i = 0; i < ids.size(); i++) {
                statement.setString(i + 1, ids.get(i));
            }
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    lineage.put(rows.getString(1), rows.getString(2));
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the history table " + table + ": " + Texts.describe(e), e);
        }
        return lineage;
    }

    /**
     * What the history records of each revision that has an applied row, in one scan of the table in
     * row order: whether its latest applied row is an upgrade or a stamp (a downgrade undoes it),
     * and the lineage its latest applied row with one recorded. Failed, running and resolved rows
     * change nothing: the step they record did not take.
     *
     * @param connection the connection
     * @return the records by revision id, ids this build does not have included
     * @throws MigrationException when the table cannot be read
     */
    public Map<String, RecordedRevision> recordedRevisions(Connection connection) {
        String sql = "SELECT revision, direction, " + LINEAGE + " FROM " + table + " h WHERE status = '"
                + HistoryStatus.APPLIED.column() + "' AND " + revisionRow("h") + " ORDER BY id";
        RecordedHistory.Scan scan = new RecordedHistory.Scan(true);
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                scan.applied(rows.getString(1), rows.getString(2), rows.getString(3));
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the history table " + table + ": " + Texts.describe(e), e);
        }
        return scan.end().recorded();
    }

    /**
     * What a status reads of the history, in one scan of the revision rows in id order: the
     * checksum each revision is checked against (what {@link #changedChecksums} compares), whether
     * {@link #failedRevisions} has anything to find and, {@code withRecorded}, what {@link
     * #recordedRevisions} reads. One query instead of two, and
     * without the anti-join that finds each revision's latest row: the scan knows it by order.
     * Only the columns those need come back, and a checksum only from the rows that carry one.
     *
     * @param connection the connection
     * @param withRecorded whether to read what {@link #recordedRevisions} reads, which needs the
     *     {@code lineage} column the previous release's layout lacks
     * @return what the rows record
     * @throws MigrationException when the table cannot be read
     */
    public RecordedHistory scanRevisions(Connection connection, boolean withRecorded) {
        // The predicates are the other queries', evaluated by the database, whose collation may
        // compare the columns otherwise than Java would; only the latest row per revision is Java's.
        String step = "CASE WHEN h.direction = '" + ACCEPTANCE + "' THEN " + RecordedHistory.NO_STEP
                + " WHEN h.status IN ('" + HistoryStatus.FAILED.column() + "', '" + HistoryStatus.RUNNING.column()
                + "') THEN " + RecordedHistory.UNFINISHED_STEP + " ELSE " + RecordedHistory.FINISHED_STEP + " END";
        String sql = "SELECT h.revision, CASE WHEN " + checksumRow("h") + " THEN h.checksum END, " + step
                + (withRecorded ? ", CASE WHEN h.status = '" + HistoryStatus.APPLIED.column()
                        + "' THEN 1 ELSE 0 END, h.direction, h." + LINEAGE : "")
                + " FROM " + table + " h WHERE " + revisionRow("h") + " ORDER BY h.id";
        RecordedHistory.Scan scan = new RecordedHistory.Scan(withRecorded);
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String revision = rows.getString(1);
                scan.row(revision, rows.getString(2), rows.getInt(3));
                if (withRecorded && rows.getInt(4) == 1) {
                    scan.applied(revision, rows.getString(5), rows.getString(6));
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the history table " + table + ": " + Texts.describe(e), e);
        }
        return scan.end();
    }

    /**
     * The state of every revision that has a history row, in one query whatever the history's
     * size: the latest step per revision (by id; an accepted checksum is no step) and the checksum
     * it is checked against.
     *
     * @param connection the connection
     * @return the states by revision id, sorted by id
     * @throws MigrationException when the table cannot be read
     */
    public Map<String, RevisionState> latestByRevision(Connection connection) {
        Map<String, RevisionState> states = new LinkedHashMap<>();
        for (RevisionState state : latestRows(connection, "", " ORDER BY l.revision")) {
            states.put(state.revision(), state);
        }
        return Collections.unmodifiableMap(states);
    }

    /**
     * The checksum each applied revision is checked against: for every revision whose latest row is
     * an applied upgrade with a checksum, or a checksum accepted since. Only two short columns come back, so that a start-up
     * check over thousands of revisions stays cheap.
     *
     * @param connection the connection
     * @return the checksums by revision id
     * @throws MigrationException when the table cannot be read
     */
    public Map<String, String> appliedChecksums(Connection connection) {
        Map<String, String> checksums = new HashMap<>();
        forEachAppliedChecksum(connection, checksums::put);
        return checksums;
    }

    /**
     * The applied revisions whose recorded checksum differs from {@code now}'s, read row by row:
     * nothing is kept of the revisions that match, so a long history costs no memory.
     *
     * @param connection the connection
     * @param now each revision's checksum today, or {@code null} for one this build does not have
     * @return the revisions whose checksum changed, sorted
     * @throws MigrationException when the table cannot be read
     */
    public List<String> changedChecksums(Connection connection, Function<String, String> now) {
        ChangedChecksums changed = new ChangedChecksums(now);
        forEachAppliedChecksum(connection, changed);
        return changed.sorted();
    }

    private void forEachAppliedChecksum(Connection connection, BiConsumer<String, String> visit) {
        String sql = "SELECT l.revision, l.checksum FROM " + table + " l"
                + " WHERE " + checksumRow("l") + " AND l.checksum IS NOT NULL AND " + isLatestRow;
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                visit.accept(rows.getString(1), rows.getString(2));
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the history table " + table + ": " + Texts.describe(e), e);
        }
    }

    /**
     * The revisions whose latest history row is {@code failed} or {@code running}, oldest first.
     * Those with {@link RevisionState#unresolvedFailure()} may have left a half-applied change.
     *
     * @param connection the connection
     * @return the failed revisions
     * @throws MigrationException when the table cannot be read
     */
    public List<RevisionState> failedRevisions(Connection connection) {
        // Only failed rows come back: failures are few, revisions may be thousands.
        List<RevisionState> failed = new ArrayList<>(
                latestRows(connection, "l.status IN ('failed', 'running') AND ", ""));
        failed.sort(Comparator.comparing(RevisionState::startedAt));
        return List.copyOf(failed);
    }

    /**
     * The latest row of each revision that meets {@code condition} (empty, or a condition on {@code l}
     * ending in {@code AND}), as {@link RevisionState}s with the checksum of the latest applied
     * upgrade or accepted checksum; the rows of accepted checksums are no steps and left out.
     * Each row is kept by a {@code NOT EXISTS} on the {@code (revision, id)} index rather than a join
     * on per-revision maxima, which PostgreSQL may plan as a nested loop over the whole history
     * before it has statistics on a new table.
     */
    private List<RevisionState> latestRows(Connection connection, String condition, String order) {
        // MariaDB caches a correlated subquery's result by the outer values it reads, compared under their
        // collation: keyed by l.revision alone, R001's checksum would be served for r001. Where ids are compared
        // exactly, the subquery also reads l.id (never null), which keys the cache by row.
        String rowKeyed = caseBlind ? " AND l.id IS NOT NULL" : "";
        String sql = "SELECT l.revision, l.direction, l.status, l.started_at, l.error, l.in_transaction, l.duration_ms,"
                + " l.installed_by,"
                + " (SELECT a.checksum FROM " + table + " a WHERE a.id = (SELECT MAX(b.id) FROM " + table + " b"
                + " WHERE " + sameRevision("b.revision", "l.revision") + " AND " + checksumRow("b") + rowKeyed + "))"
                + " FROM " + table + " l WHERE " + condition + isLatestStep + order;
        List<RevisionState> states = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                states.add(new RevisionState(
                        rows.getString(1),
                        HistoryDirection.ofColumn(rows.getString(2)),
                        HistoryStatus.ofColumn(rows.getString(3)),
                        dialect.readTimestamp(rows, 4),
                        rows.getString(5),
                        rows.getBoolean(6),
                        rows.getLong(7),
                        rows.getString(8),
                        rows.getString(9)));
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the history table " + table + ": " + Texts.describe(e), e);
        }
        return states;
    }

    /**
     * The latest row of each seed that has one: whether it is loaded ({@code applied}), cleaned or
     * failed, and with which checksum it was last loaded.
     *
     * @param connection the connection
     * @return the states by seed id
     * @throws MigrationException when the table cannot be read
     */
    public Map<String, SeedState> seedStates(Connection connection) {
        String sql = "SELECT l.revision, l.status, l.checksum FROM " + table + " l WHERE l.direction = '" + SEED
                + "' AND NOT EXISTS (SELECT 1 FROM " + table + " x WHERE " + sameRevision("x.revision", "l.revision")
                + " AND x.id > l.id"
                + " AND x.direction = '" + SEED + "')";
        Map<String, SeedState> states = new HashMap<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                states.put(rows.getString(1), new SeedState(HistoryStatus.ofColumn(rows.getString(2)),
                        rows.getString(3)));
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the history table " + table + ": " + Texts.describe(e), e);
        }
        return states;
    }

    /**
     * Refuses to go on while a revision failed outside a transaction, or its process stopped while
     * it ran outside one (its row still {@code running}), and it has not been marked resolved: the
     * database may be half-changed, and running more revisions on top would make it worse. Failures
     * that were rolled back with their transaction do not block. Call it while holding the {@link
     * MigrationLock}, so that no {@code running} row is the step of a live run.
     *
     * @param connection the connection
     * @param commands how the message names the command that marks a failure resolved
     * @throws MigrationException naming each such revision, when it failed, its error, and what to do
     */
    public void requireNoUnresolvedFailures(Connection connection, CommandNames commands) {
        List<RevisionState> unresolved = failedRevisions(connection).stream()
                .filter(RevisionState::unresolvedFailure)
                .toList();
        if (unresolved.isEmpty()) {
            return;
        }
        String lines = unresolved.stream()
                .map(s -> s.interrupted()
                        ? JdbcMessage.INTERRUPTED_LINE.format(s.revision(), s.direction().column(), s.startedAt())
                        : JdbcMessage.FAILED_LINE.format(s.revision(), s.direction().column(), s.startedAt(), s.error()))
                .collect(Collectors.joining(System.lineSeparator()));
        throw new MigrationException(JdbcMessage.UNRESOLVED_FAILURES.format(lines,
                dialect.qualify(names.schema(), names.versionTable()),
                commands.resolve(unresolved.get(0).revision())));
    }

    /**
     * Marks a revision's failure, or its interrupted step, as repaired by hand, by adding a {@code
     * rolled_back} row, so that {@link #requireNoUnresolvedFailures} lets runs proceed. Call it
     * while holding the {@link MigrationLock}.
     *
     * @param connection the connection; left in auto-commit mode
     * @param revision the failed revision's id
     * @throws MigrationException when the revision's latest row is neither {@code failed} nor {@code running}
     */
    public void markResolved(Connection connection, String revision) {
        String sql = "SELECT direction, status FROM " + table + " WHERE id = (SELECT MAX(h.id) FROM " + table
                + " h WHERE " + sameRevision("h.revision", "?") + " AND " + revisionRow("h") + ")";
        try {
            connection.setAutoCommit(true);
            HistoryDirection direction;
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                // The id once, or twice where the dialect compares it exactly too (see sameRevision).
                for (int i = 1; i <= (caseBlind ? 2 : 1); i++) {
                    statement.setString(i, revision);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    HistoryStatus status = rows.next() ? HistoryStatus.ofColumn(rows.getString(2)) : null;
                    if (status != HistoryStatus.FAILED && status != HistoryStatus.RUNNING) {
                        throw new MigrationException("Revision " + revision + " has no failure to resolve: its latest"
                                + " history row is not failed");
                    }
                    direction = HistoryDirection.ofColumn(rows.getString(1));
                }
            }
            String user = connection.getMetaData().getUserName();
            insert(connection, new HistoryRow(revision, direction, "marked resolved by hand", null,
                    HistoryStatus.ROLLED_BACK, Instant.now(), 0, null, true, null), user);
        } catch (SQLException e) {
            throw new MigrationException("Cannot mark revision " + revision + " resolved in the history table " + table
                    + ": " + Texts.describe(e), e);
        }
    }

    /** Inserts one row in the connection's current transaction: one round trip. */
    public void insert(Connection connection, HistoryRow row, String installedBy) throws SQLException {
        BoundValues values = new BoundValues(dialect);
        try (PreparedStatement s = connection.prepareStatement(insertStatement(row, installedBy, values))) {
            values.bind(s);
            s.executeUpdate();
        }
    }

    /**
     * Inserts a {@code running} row for a step about to run outside a transaction, in the
     * connection's current transaction: one round trip.
     *
     * @return the row's id, for {@link #finish}
     */
    public long insertRunning(Connection connection, HistoryRow row, String installedBy) throws SQLException {
        if (row.status() != HistoryStatus.RUNNING) {
            throw new IllegalArgumentException("not a running row: " + row.status());
        }
        BoundValues values = new BoundValues(dialect);
        try (PreparedStatement s = connection.prepareStatement(insertStatement(row, installedBy, values),
                Statement.RETURN_GENERATED_KEYS)) {
            values.bind(s);
            s.executeUpdate();
            try (ResultSet keys = s.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("the database returned no id for the new row");
                }
                // id is the table's first column: PostgreSQL returns every column, the others the key.
                return keys.getLong(1);
            }
        }
    }

    /**
     * Ends a {@code running} row: sets its status, duration and error, in the connection's current
     * transaction. One round trip.
     *
     * @param id the row's id, from {@link #insertRunning}
     * @param status {@code applied} or {@code failed}
     * @throws MigrationException when no running row has that id: a hand edit changed the table
     */
    public void finish(Connection connection, long id, HistoryStatus status, long durationMs, String error)
            throws SQLException {
        String sql = "UPDATE " + table + " SET status = ?, duration_ms = ?, error = ? WHERE id = ? AND status = '"
                + HistoryStatus.RUNNING.column() + "'";
        try (PreparedStatement s = connection.prepareStatement(sql)) {
            s.setString(1, status.column());
            s.setLong(2, durationMs);
            s.setString(3, Texts.truncate(error, MAX_ERROR));
            s.setLong(4, id);
            if (s.executeUpdate() != 1) {
                throw new MigrationException("The history table " + table + " has no running row with id " + id
                        + " to mark " + status.column() + ": it was changed by hand or by another run");
            }
        }
    }

    /**
     * The statement that inserts one row: online with parameters, in a script with literals.
     *
     * @param row the row
     * @param installedBy who runs the step
     * @param values where the row's values go
     * @return the statement
     */
    public String insertStatement(HistoryRow row, String installedBy, SqlValues values) {
        return "INSERT INTO " + table + " (" + COLUMNS + ") VALUES (" + String.join(", ", values(row, installedBy, values))
                + ")";
    }

    /**
     * Gives {@code values} the row's values as {@link #insertStatement} does, without building the
     * text: for a statement prepared already, whose parameters they are.
     */
    void giveValues(HistoryRow row, String installedBy, SqlValues values) {
        values(row, installedBy, values);
    }

    /** The row's values in the order of {@link #COLUMNS}: the one list the text and the parameters both follow. */
    private static String[] values(HistoryRow row, String installedBy, SqlValues values) {
        return new String[] {
            values.string(row.revision()),
            values.string(row.direction().column()),
            values.string(row.message()),
            values.string(row.checksum()),
            values.string(row.status().column()),
            values.timestamp(row.startedAt()),
            values.number(row.durationMs()),
            values.string(Texts.truncate(row.error(), MAX_ERROR)),
            values.user(Texts.truncate(installedBy, 255)),
            values.bool(row.inTransaction()),
            values.string(row.lineage()),
        };
    }

    /** The quoted, qualified table name, for messages. */
    public String qualifiedName() {
        return table;
    }
}
