package dev.migrate.internal.db;

import dev.migrate.MigrationException;
import dev.migrate.internal.sql.SchemaRenderer;
import dev.migrate.internal.sql.ValueRenderer;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

/**
 * What differs between the databases migrate supports: quoting, whether DDL can be rolled back,
 * the bookkeeping tables' DDL, timestamps and the migration lock. The default methods are standard
 * SQL, which H2 and PostgreSQL speak; MySQL overrides them. {@link Dialects} chooses one; each
 * database's dialect, renderer and lock live together in a package of their own.
 */
public interface Dialect {

    /**
     * The database's name, for messages.
     *
     * @return such as {@code "PostgreSQL"}
     */
    String name();

    /**
     * The query whose one row and column is the name of the database the connection works in: the
     * name a production confirmation must give. MySQL, MariaDB and H2 answer {@code DATABASE()}.
     *
     * @return the query
     */
    default String databaseNameQuery() {
        return "SELECT DATABASE()";
    }

    /**
     * Quotes an identifier so that the database takes it verbatim, doubling embedded quotes.
     *
     * @param identifier the name
     * @return the quoted name
     */
    String quote(String identifier);

    /**
     * The name as the database stores an identifier that {@link #quote} quoted: what its metadata
     * reports. The name itself, except on H2, which stores a lower-case name upper-case.
     *
     * @param identifier the name as given
     * @return the name as stored
     */
    default String storedName(String identifier) {
        return identifier;
    }

    /**
     * The renderer of schema operations for this database.
     *
     * @return the renderer
     */
    SchemaRenderer renderer();

    /**
     * The quoted, schema-qualified name of a table.
     *
     * @param schema the schema, or {@code null} for the default one
     * @param table the table's name
     * @return such as {@code "app"."migrate_version"}
     */
    default String qualify(String schema, String table) {
        return schema == null ? quote(table) : quote(schema) + "." + quote(table);
    }

    /**
     * Whether DDL takes part in transactions, so that a failed revision can be rolled back with
     * its bookkeeping. PostgreSQL: yes. MySQL, MariaDB and H2 commit implicitly at DDL: no.
     *
     * @return whether DDL can be rolled back
     */
    boolean transactionalDdl();

    /**
     * The statements that create the version table if it does not exist.
     *
     * @param names where the tables are
     * @return the statements, in order
     */
    default List<String> versionTableDdl(TableNames names) {
        return List.of("CREATE TABLE IF NOT EXISTS " + qualify(names.schema(), names.versionTable())
                + " (version_num VARCHAR(64) NOT NULL PRIMARY KEY)");
    }

    /**
     * The statements that create the history table and its index if they do not exist.
     *
     * @param names where the tables are
     * @return the statements, in order
     */
    List<String> historyTableDdl(TableNames names);

    /**
     * The type of a long text column, such as the history table's {@code lineage}.
     *
     * @return such as {@code TEXT}
     */
    default String textType() {
        return "TEXT";
    }

    /**
     * The expression of the current time in the history table's {@code started_at} column, for an
     * SQL script, which cannot know when it will run.
     *
     * @return such as {@code CURRENT_TIMESTAMP}
     */
    default String currentTimestamp() {
        return "CURRENT_TIMESTAMP";
    }

    /**
     * The expression of the database's current user, for an SQL script's history rows.
     *
     * @return such as {@code CURRENT_USER}
     */
    default String currentUser() {
        return "CURRENT_USER";
    }

    /**
     * Binds an instant to a parameter of the history table's {@code started_at} column.
     *
     * @param statement the statement
     * @param index the parameter's index
     * @param value the instant
     * @throws SQLException when the driver refuses it
     */
    default void bindTimestamp(PreparedStatement statement, int index, Instant value) throws SQLException {
        // TIMESTAMP WITH TIME ZONE: an offset date-time keeps the instant whatever the session's zone.
        statement.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
    }

    /**
     * Reads the history table's {@code started_at} column.
     *
     * @param row the result set, on a row
     * @param column the column's index
     * @return the instant
     * @throws SQLException when the driver cannot read it
     */
    default Instant readTimestamp(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /**
     * The renderer of row values: literals for scripts, bound values for the driver.
     *
     * @return the values' renderer, the one {@link #renderer()} uses for defaults
     */
    default ValueRenderer values() {
        return renderer().values();
    }

    /**
     * How this database takes the migration lock; a new one for each acquisition, since a lock
     * may keep what it took.
     *
     * @return the lock
     */
    LockStrategy lockStrategy();

    /**
     * This database's limit on names, checked for the bookkeeping tables before anything is written.
     *
     * @return the limits
     */
    IdentifierLimits identifierLimits();

    /**
     * Whether the database calls its schemas catalogs, as MySQL and MariaDB do: metadata is then
     * looked up by catalog, and the connection's catalog is the default schema.
     *
     * @return {@code true} for MySQL and MariaDB
     */
    default boolean catalogsAreSchemas() {
        return false;
    }

    /**
     * The query that tells which of two tables exist in a schema, with three parameters: the schema
     * and the two tables' names, as stored; one row per table found, its name first. The information
     * schema's view by default.
     *
     * @return the query
     */
    default String tablesQuery() {
        return "SELECT table_name FROM information_schema.tables WHERE table_schema = ? AND table_name IN (?, ?)";
    }

    /**
     * The query that tells whether a table has a column, with three parameters: the schema, the
     * table and the column, as stored; a row when it has. The information schema's view by default.
     *
     * @return the query
     */
    default String columnQuery() {
        return "SELECT column_name FROM information_schema.columns WHERE table_schema = ? AND table_name = ?"
                + " AND column_name = ?";
    }

    /**
     * Whether the bookkeeping of a step goes to the server as one request (PostgreSQL's CTEs),
     * rather than as separate batched statements.
     *
     * @return {@code true} where one request is possible without settings of the application's URL
     */
    default boolean bookkeepingInOneRequest() {
        return false;
    }

    /**
     * The statement an offline script runs before its first revision, which stops the script with
     * a message unless {@code condition} holds over the version table (see {@code VersionGuard}):
     * each database has its own way for a plain script to fail with a message of its making.
     *
     * @param table the version table, qualified and quoted
     * @param condition an aggregate condition over the table's rows, true when the script may go on
     * @param message a string literal, the start of the error; the rows the table holds follow it,
     *     sorted and joined by {@code ", "}, or {@code noRows} for none
     * @param noRows what the error says of an empty table, a text without quotes
     * @param hint a string literal saying what to do, where the database shows a hint
     * @return one statement, without the closing {@code ;}
     */
    String scriptGuard(String table, String condition, String message, String noRows, String hint);

    /**
     * What the comment above an offline script's guard adds about running the script so that the
     * guard stops it.
     *
     * @return such as {@code ; run it with psql -v ON_ERROR_STOP=1 to stop there}; empty by default
     */
    default String scriptGuardAdvice() {
        return "";
    }

    /**
     * {@code column} as a condition compares it exactly, case and all.
     *
     * @param column a text column
     * @return the expression; the column itself by default
     */
    default String exactText(String column) {
        return column;
    }
}
