package dev.migrate.internal.jdbc;

import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.sql.ValueRenderer;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The statement an SQL script runs before its first revision: it fails, with a message naming the
 * rows the script starts from and the rows the version table holds, unless the table holds exactly
 * those rows. Without it a script run twice, or on a database elsewhere, would apply its revisions
 * again (a data revision inserting its rows twice). Exactly: as many rows as expected and each of
 * them expected, so that a table holding more, fewer or other rows stops the script.
 *
 * <p>Each database needs its own way to fail with a message from a plain script: {@link
 * Dialect#scriptGuard}.
 */
public final class VersionGuard {

    private static final String NO_ROWS = "no rows";
    private static final String HINT = "Run the script on a database at its start, or write a new script from the rows"
            + " the database holds.";

    private final Dialect dialect;
    private final ValueRenderer values;
    private final String table;
    private final String shownTable;

    /**
     * @param dialect the database the script is for
     * @param names where the version table is
     */
    public VersionGuard(Dialect dialect, TableNames names) {
        this.dialect = dialect;
        this.values = dialect.values();
        this.table = dialect.qualify(names.schema(), names.versionTable());
        this.shownTable = names.schema() == null ? names.versionTable() : names.schema() + "." + names.versionTable();
    }

    /**
     * The comment above the check, for the DBA who reads the script.
     *
     * @param start the rows the script starts from; none for base
     * @return the comment's text, without the comment marker
     */
    public String comment(Set<String> start) {
        return "Stops the script unless the version table holds exactly "
                + (start.isEmpty() ? NO_ROWS : String.join(", ", new TreeSet<>(start)))
                + dialect.scriptGuardAdvice();
    }

    /**
     * The check.
     *
     * @param start the rows the script starts from; none for base (the table must then be empty)
     * @return one statement, without the closing {@code ;}
     */
    public String statement(Set<String> start) {
        String matches = matches(start);
        String message = values.literal("migrate: this script starts from " + expected(start)
                + " but the version table " + shownTable + " holds ");
        return dialect.scriptGuard(table, matches, message, NO_ROWS, values.literal(HINT));
    }

    /** The condition, over the whole table, that it holds exactly {@code start}. */
    private String matches(Set<String> start) {
        if (start.isEmpty()) {
            return "COUNT(*) = 0";
        }
        String column = dialect.exactText("version_num");
        String in = new TreeSet<>(start).stream().map(values::literal).collect(Collectors.joining(", "));
        return "COUNT(*) = " + start.size() + " AND COUNT(CASE WHEN " + column + " IN (" + in + ") THEN 1 END) = "
                + start.size();
    }

    private static String expected(Set<String> start) {
        return start.isEmpty() ? "base (" + NO_ROWS + ")" : String.join(", ", new TreeSet<>(start));
    }

}
