package dev.migrate.internal.jdbc;

import java.util.Objects;

/**
 * Where migrate keeps its bookkeeping: the version table, the history table and, for the
 * schema, the database's default when {@code schema} is {@code null}. On MySQL and MariaDB a
 * schema is a database.
 *
 * @param schema the schema (MySQL/MariaDB: the database), or {@code null} for the connection's
 *     default
 * @param versionTable the version table's name, unquoted
 * @param historyTable the history table's name, unquoted
 */
public record TableNames(String schema, String versionTable, String historyTable) {

    /** The version table's default name, Alembic's {@code alembic_version} under our own name. */
    public static final String DEFAULT_VERSION_TABLE = "migrate_version";

    /** The history table's default name. */
    public static final String DEFAULT_HISTORY_TABLE = "migrate_history";

    // Long names would be cut by the database (PostgreSQL: 63 bytes) and derived names
    // (indexes, the H2 lock table) would collide, so refuse them up front.
    private static final int MAX_NAME = 48;

    /** Checks the names. */
    public TableNames {
        if (schema != null) {
            check("Schema", schema);
        }
        check("Version table name", Objects.requireNonNull(versionTable, "versionTable"));
        check("History table name", Objects.requireNonNull(historyTable, "historyTable"));
        if (versionTable.equals(historyTable)) {
            throw new IllegalArgumentException(
                    "The version table and the history table are both named \"" + versionTable + "\"; give them different names");
        }
    }

    /**
     * The default names in the connection's default schema.
     *
     * @return {@code migrate_version} and {@code migrate_history}
     */
    public static TableNames defaults() {
        return new TableNames(null, DEFAULT_VERSION_TABLE, DEFAULT_HISTORY_TABLE);
    }

    /**
     * The same table names in another schema.
     *
     * @param schema the schema (MySQL/MariaDB: the database), or {@code null} for the default
     * @return the names in that schema
     */
    public TableNames inSchema(String schema) {
        return new TableNames(schema, versionTable, historyTable);
    }

    /** The name of the table that the H2 lock selects a row of. */
    String lockTable() {
        return versionTable + "_lock";
    }

    private static void check(String what, String name) {
        if (name.isBlank()) {
            throw new IllegalArgumentException(what + " is empty; give a name");
        }
        if (name.length() > MAX_NAME) {
            throw new IllegalArgumentException(
                    what + " \"" + name + "\" has " + name.length() + " characters; use at most " + MAX_NAME);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isISOControl(c)) {
                throw new IllegalArgumentException(what + " \"" + name + "\" contains a control character; remove it");
            }
        }
    }
}
