package dev.migrate.internal.jdbc;

import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.db.mysql.MySqlDialect;
import dev.migrate.internal.db.postgres.PostgresDialect;
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
 * <p>Each database needs its own way to fail with a message from a plain script: PostgreSQL a
 * {@code DO} block raising an exception; MySQL and MariaDB have no conditional statement outside a
 * stored program that works on both, so the message is set as the value of a boolean session
 * variable, which both refuse with the value in the error ({@code Variable 'sql_notes' can't be set
 * to the value of '...'}) and which keeps its value when the rows match; H2 casts the message to an
 * integer ({@code Data conversion error converting "..."}).
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
                + (dialect instanceof PostgresDialect ? "; run it with psql -v ON_ERROR_STOP=1 to stop there" : "");
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
        if (dialect instanceof PostgresDialect) {
            String body = "\nDECLARE\n    found TEXT;\nBEGIN\n"
                    + "    SELECT string_agg(version_num, ', ' ORDER BY version_num) INTO found FROM " + table + ";\n"
                    + "    IF NOT (SELECT " + matches + " FROM " + table + ") THEN\n"
                    + "        RAISE EXCEPTION USING MESSAGE = " + message + " || coalesce(found, '" + NO_ROWS + "'),\n"
                    + "            HINT = " + values.literal(HINT) + ";\n"
                    + "    END IF;\nEND\n";
            String tag = "$migrate$";
            for (int i = 1; body.contains(tag); i++) {
                tag = "$migrate" + i + "$";
            }
            return "DO " + tag + body + tag;
        }
        if (dialect instanceof MySqlDialect) {
            return "SET @@SESSION.sql_notes = (SELECT CASE WHEN " + matches + " THEN @@SESSION.sql_notes ELSE CONCAT("
                    + message + ", COALESCE(GROUP_CONCAT(version_num ORDER BY version_num SEPARATOR ', '), '" + NO_ROWS
                    + "')) END FROM " + table + ")";
        }
        return "SELECT CASE WHEN " + matches + " THEN 0 ELSE CAST(CONCAT(" + message
                + ", COALESCE(LISTAGG(version_num, ', ') WITHIN GROUP (ORDER BY version_num), '" + NO_ROWS
                + "')) AS INT) END FROM " + table;
    }

    /** The condition, over the whole table, that it holds exactly {@code start}. */
    private String matches(Set<String> start) {
        if (start.isEmpty()) {
            return "COUNT(*) = 0";
        }
        // MySQL compares strings case-insensitively by default: compare bytes, so that R001 is not r001.
        String column = dialect instanceof MySqlDialect ? "CAST(version_num AS BINARY)" : "version_num";
        String in = new TreeSet<>(start).stream().map(values::literal).collect(Collectors.joining(", "));
        return "COUNT(*) = " + start.size() + " AND COUNT(CASE WHEN " + column + " IN (" + in + ") THEN 1 END) = "
                + start.size();
    }

    private static String expected(Set<String> start) {
        return start.isEmpty() ? "base (" + NO_ROWS + ")" : String.join(", ", new TreeSet<>(start));
    }

}
