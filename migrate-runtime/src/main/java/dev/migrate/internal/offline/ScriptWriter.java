package dev.migrate.internal.offline;

import dev.migrate.Direction;
import dev.migrate.Migration;
import dev.migrate.MigrationException;
import dev.migrate.internal.engine.PlannedStep;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.jdbc.HistoryDirection;
import dev.migrate.internal.jdbc.HistoryRow;
import dev.migrate.internal.jdbc.HistoryStatus;
import dev.migrate.internal.jdbc.HistoryTable;
import dev.migrate.internal.jdbc.JdbcMessage;
import dev.migrate.internal.jdbc.LiteralValues;
import dev.migrate.internal.jdbc.ScriptOps;
import dev.migrate.internal.jdbc.SqlValues;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.jdbc.Texts;
import dev.migrate.internal.jdbc.VersionGuard;
import dev.migrate.internal.jdbc.VersionTable;
import dev.migrate.spi.RevisionDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Writes planned steps as an SQL script instead of running them, as Alembic's {@code --sql} does:
 * the bookkeeping tables' DDL when the script starts from nothing, a check that stops the script
 * unless the version table holds exactly the rows it starts from, then for each step a comment,
 * the revision's statements (rendered as online), its version-table changes and a history row,
 * between {@code BEGIN} and {@code COMMIT} where the database has transactional DDL and the
 * revision is transactional. Each statement ends with {@code ;} and a blank line follows it; the
 * same plan gives the same text.
 */
public final class ScriptWriter {

    private static final String NL = "\n";

    private final Dialect dialect;
    private final TableNames names;
    private final VersionTable versions;
    private final HistoryTable history;
    private final SqlValues literals;
    private final VersionGuard guard;

    /**
     * @param dialect the database the script is for
     * @param names where the bookkeeping tables are
     */
    public ScriptWriter(Dialect dialect, TableNames names) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.names = Objects.requireNonNull(names, "names");
        this.versions = new VersionTable(dialect, names);
        this.history = new HistoryTable(dialect, names);
        this.literals = new LiteralValues(dialect);
        this.guard = new VersionGuard(dialect, names);
    }

    /**
     * The script of a plan.
     *
     * @param title the first comment line, such as {@code upgrade base:heads}
     * @param start the version rows the script starts from, none for base: before its first step
     *     the script stops unless the version table holds exactly these
     * @param createTables whether the script creates the bookkeeping tables first
     * @param addLineage whether the script first adds the {@code lineage} column to a history table of
     *     the previous release's layout
     * @param plan the steps, in order
     * @param descriptors each step's revision
     * @param migrations a new instance of each step's revision
     * @return the script
     * @throws MigrationException when a revision asks the database something, cannot be rendered
     *     for this database, or throws
     */
    public String write(String title, Set<String> start, boolean createTables, boolean addLineage, List<PlannedStep> plan,
            Function<String, RevisionDescriptor> descriptors, Function<String, Migration> migrations) {
        StringBuilder script = new StringBuilder();
        comment(script, "migrate " + title + " (" + dialect.name() + ")");
        if (createTables) {
            dialect.versionTableDdl(names).forEach(ddl -> statement(script, ddl));
            dialect.historyTableDdl(names).forEach(ddl -> statement(script, ddl));
        }
        if (!plan.isEmpty()) {
            // After the DDL, so that from base a missing table is created and then found empty.
            comment(script, guard.comment(start));
            statement(script, guard.statement(start));
        }
        if (addLineage && !plan.isEmpty()) {
            statement(script, history.addLineageStatement());
        }
        for (PlannedStep step : plan) {
            RevisionDescriptor revision = descriptors.apply(step.revisionId());
            step(script, step, revision, migrations.apply(step.revisionId()));
        }
        return script.toString();
    }

    private void step(StringBuilder script, PlannedStep step, RevisionDescriptor revision, Migration migration) {
        boolean up = step.direction() == Direction.UPGRADE;
        boolean inTransaction = dialect.transactionalDdl() && revision.transactional();
        String below = revision.revises().isEmpty() ? "base" : String.join(", ", revision.revises());
        comment(script, "Running " + (up ? "upgrade " + below + " -> " + revision.id()
                : "downgrade " + revision.id() + " -> " + below) + (revision.message().isEmpty() ? ""
                : ": " + revision.message()));
        ScriptOps ops = new ScriptOps(dialect, revision.id(), step.direction(), migration.getClass(), inTransaction);
        invoke(migration, ops, step, up);
        if (inTransaction) {
            statement(script, "BEGIN");
        }
        ops.statements().forEach(sql -> statement(script, sql));
        step.rowChanges().forEach(change -> statement(script, versions.statement(change, literals)));
        HistoryDirection direction = up ? HistoryDirection.UPGRADE : HistoryDirection.DOWNGRADE;
        HistoryRow row = HistoryRow.of(revision, direction, HistoryStatus.APPLIED, null, 0, null, inTransaction);
        statement(script, history.insertStatement(row, null, literals));
        if (inTransaction) {
            statement(script, "COMMIT");
        }
    }

    private static void invoke(Migration migration, ScriptOps ops, PlannedStep step, boolean up) {
        try {
            if (up) {
                migration.upgrade(ops);
            } else {
                migration.downgrade(ops);
            }
        } catch (MigrationException e) {
            throw e;
        } catch (Exception e) {
            throw new MigrationException(JdbcMessage.SCRIPT_REVISION_FAILED.format(step.revisionId(),
                    step.direction().name().toLowerCase(Locale.ROOT), Texts.describe(e)), e);
        }
    }

    private static void statement(StringBuilder script, String sql) {
        script.append(sql).append(';').append(NL).append(NL);
    }

    private static void comment(StringBuilder script, String text) {
        // A line break would end the comment and turn the rest into SQL.
        List<String> lines = new ArrayList<>(List.of(text.split("\\R")));
        lines.forEach(line -> script.append("-- ").append(line).append(NL));
        script.append(NL);
    }
}
