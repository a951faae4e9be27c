package dev.migrate.internal.db;

import dev.migrate.MigrationException;
import java.util.List;
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

    /**
     * Checks what holds on every database; the length, which depends on the database, is checked by
     * {@link IdentifierLimits} before the first write.
     *
     * @throws MigrationException when a name is empty or has a control character, or both tables
     *     have one name; the message names the parameter
     */
    public TableNames {
        if (schema != null) {
            check("The schema", "schema", schema);
        }
        check("The version table name", "versionTable", Objects.requireNonNull(versionTable, "versionTable"));
        check("The history table name", "historyTable", Objects.requireNonNull(historyTable, "historyTable"));
        if (versionTable.equals(historyTable)) {
            throw new MigrationException("The version table and the history table (versionTable, historyTable) are"
                    + " both named \"" + versionTable + "\"; give them different names");
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

    /**
     * The name of the table that the H2 lock selects a row of.
     *
     * @return {@code <version table>_lock}
     */
    public String lockTable() {
        return versionTable + "_lock";
    }

    /**
     * Every table migrate may create in the schema: the version and history tables, and the lock
     * table that H2 needs.
     *
     * @return the unqualified names
     */
    public List<String> all() {
        return List.of(versionTable, historyTable, lockTable());
    }

    private static void check(String what, String parameter, String name) {
        if (name.isBlank()) {
            throw new MigrationException(what + " (" + parameter + ") is empty; give a name");
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                throw new MigrationException(what + " (" + parameter + ") \"" + name
                        + "\" contains a control character; remove it");
            }
        }
    }
}
