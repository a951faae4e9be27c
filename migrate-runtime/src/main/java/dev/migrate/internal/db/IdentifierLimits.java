package dev.migrate.internal.db;

import dev.migrate.MigrationException;
import java.nio.charset.StandardCharsets;

/**
 * Each database's limit on a name, checked for the bookkeeping names before anything is written:
 * PostgreSQL cuts a longer name to 63 bytes without a word (the next run then looks for the full
 * name, does not find it and starts again from base), MySQL/MariaDB refuse names over 64
 * characters, H2 over 256. The names migrate derives count too: the history table's index
 * ({@code <history table>_revision_idx}) and H2's lock table ({@code <version table>_lock}).
 */
public final class IdentifierLimits {

    private static final String INDEX_SUFFIX = "_revision_idx";
    private static final String LOCK_SUFFIX = "_lock";

    private final String database;
    private final int limit;
    private final boolean bytes;
    private final boolean mysql;

    private IdentifierLimits(String database, int limit, boolean bytes, boolean mysql) {
        this.database = database;
        this.limit = limit;
        this.bytes = bytes;
        this.mysql = mysql;
    }

    /**
     * A limit counted in UTF-8 bytes, as PostgreSQL counts.
     *
     * @param database the database's name, for messages
     * @param limit the most bytes a name may have
     * @return the limits
     */
    public static IdentifierLimits bytes(String database, int limit) {
        return new IdentifierLimits(database, limit, true, false);
    }

    /**
     * A limit counted in characters.
     *
     * @param database the database's name, for messages
     * @param limit the most characters a name may have
     * @return the limits
     */
    public static IdentifierLimits characters(String database, int limit) {
        return new IdentifierLimits(database, limit, false, false);
    }

    /**
     * MySQL's and MariaDB's: 64 characters, and no backslash, which Connector/J misreads inside
     * backticks.
     *
     * @return the limits
     */
    public static IdentifierLimits mysql() {
        return new IdentifierLimits("MySQL/MariaDB", 64, false, true);
    }

    /**
     * Checks the schema and the table names with the names derived from them.
     *
     * @throws MigrationException naming the parameter, the limit and the length
     */
    public void check(TableNames names) {
        if (names.schema() != null) {
            check("The schema", "schema", names.schema(), "");
        }
        check("The version table name", "versionTable", names.versionTable(), mysql || bytes ? "" : LOCK_SUFFIX);
        check("The history table name", "historyTable", names.historyTable(), INDEX_SUFFIX);
    }

    private void check(String what, String parameter, String name, String suffix) {
        if (mysql && name.indexOf('\\') >= 0) {
            // Connector/J reads a backslash inside backticks as an escape and then miscounts the
            // statement's parameters, after the table was created: refuse it before.
            throw new MigrationException(what + " (" + parameter + ") \"" + name + "\" contains a backslash, which"
                    + " MySQL Connector/J cannot handle in a quoted name; remove it");
        }
        int length = length(name);
        int allowed = limit - length(suffix);
        if (length > allowed) {
            String unit = bytes ? "bytes in UTF-8" : "characters";
            String derived = suffix.isEmpty() ? ""
                    : " (migrate also names a table or index \"" + name + suffix + "\", so " + allowed + " are left)";
            throw new MigrationException(what + " (" + parameter + ") \"" + name + "\" is " + length + " " + unit + "; "
                    + database + " allows " + limit + derived + ". Use a name of at most " + allowed + " " + unit);
        }
    }

    private int length(String name) {
        return bytes ? name.getBytes(StandardCharsets.UTF_8).length : name.codePointCount(0, name.length());
    }
}
