package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.sql.SchemaRenderer;
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
 * SQL, which H2 and PostgreSQL speak; MySQL overrides them.
 */
public sealed interface Dialect permits H2Dialect, PostgresDialect, MySqlDialect {

    /**
     * Chooses the dialect of the database {@code connection} is connected to.
     *
     * @param connection an open connection
     * @return its dialect
     * @throws MigrationException when the database is not supported or cannot be asked
     */
    static Dialect of(Connection connection) {
        String product;
        DatabaseMetaData meta;
        try {
            meta = connection.getMetaData();
            product = meta.getDatabaseProductName();
        } catch (SQLException e) {
            throw new MigrationException("Cannot read which database this is: " + e.getMessage(), e);
        }
        String p = product == null ? "" : product.toLowerCase(Locale.ROOT);
        if (p.equals("h2")) {
            try {
                // H2 stores unquoted names upper-case unless configured otherwise; follow it so
                // that "migrate_version" is the table a user finds with an unquoted name.
                return new H2Dialect(meta.storesUpperCaseIdentifiers());
            } catch (SQLException e) {
                throw new MigrationException("Cannot read H2's identifier case: " + e.getMessage(), e);
            }
        }
        if (p.equals("postgresql")) {
            return new PostgresDialect();
        }
        if (p.equals("mysql") || p.equals("mariadb")) {
            return new MySqlDialect();
        }
        throw new MigrationException("The database \"" + product + "\" is not supported; migrate supports"
                + " PostgreSQL, MySQL, MariaDB and H2");
    }

    /**
     * The dialect a name stands for, for writing an SQL script without a database.
     *
     * @param name {@code postgresql}, {@code mysql}, {@code mariadb} or {@code h2}, in any case
     * @return its dialect; H2's stores unquoted names upper-case, its default
     * @throws MigrationException when the name is none of those
     */
    static Dialect named(String name) {
        return switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
            case "postgresql" -> new PostgresDialect();
            case "mysql", "mariadb" -> new MySqlDialect();
            case "h2" -> new H2Dialect(true);
            default -> throw new MigrationException(JdbcMessage.UNKNOWN_DIALECT.format(name));
        };
    }

    /**
     * The database's name, for messages.
     *
     * @return such as {@code "PostgreSQL"}
     */
    String name();

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
}
