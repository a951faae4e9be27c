package dev.migrate;

import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.Rows;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.schema.Unique;
import java.sql.Connection;
import java.util.List;
import java.util.Map;

/**
 * The operations a revision runs against the database: schema changes written once and rendered
 * for PostgreSQL, MySQL/MariaDB or H2, plain SQL, SQL scripts, seed data and, for data
 * migrations, the connection itself.
 *
 * <pre>{@code
 * @Override public void upgrade(Ops op) {
 *     op.createTable(Table.named("users")
 *             .column(Column.of("id", SqlType.BIGINT).identity())
 *             .column(Column.of("email", SqlType.varchar(255)).notNull())
 *             .column(Column.of("created_at", SqlType.TIMESTAMP_TZ).notNull()
 *                     .defaultValue(DefaultValue.currentTimestamp()))
 *             .primaryKey("id")
 *             .unique(Unique.of("email")));
 *     op.createIndex(Index.of("ix_users_created_at", "users", "created_at"));
 * }
 * @Override public void downgrade(Ops op) {
 *     op.dropTable("users");
 * }
 * }</pre>
 *
 * <p>Names are quoted for the database, so they are taken verbatim; write them in lower case to
 * keep them usable unquoted in plain SQL (H2 stores a lower-case name upper-case, as it does
 * unquoted names). Operations act in the connection's current schema. Default values and bulk
 * insert values are rendered as escaped literals or bound as parameters. SQL is written as is in
 * exactly these places: {@link #execute(String)}, {@link #executeScript(String)}, {@link
 * SqlType#raw(String)}, {@link dev.migrate.schema.DefaultValue#expression(String)}, {@link Check}
 * conditions, {@link Index#where(String)} and {@link AlterColumn#using(String)}; never build those
 * from user input.
 *
 * <p>Each operation is rendered to SQL before anything of it runs: an operation the database
 * cannot do (a partial index on MySQL, {@code concurrently()} off PostgreSQL) is a {@link
 * MigrationException} naming the revision, the operation and the database, and nothing of that
 * operation has run. Every method throws {@link MigrationException} when the database rejects a
 * statement, naming the revision and the statement.
 *
 * <p>{@link #tableExists}, {@link #columnExists}, {@link #indexExists} and {@link #connection()}
 * ask the database and work only when migrating online; an SQL script written without a database
 * (an offline mode) cannot run them and fails with a message naming the revision.
 */
public interface Ops {

    /**
     * Runs one SQL statement, as written.
     *
     * @param sql the statement, without a trailing {@code ;}
     * @throws MigrationException when the database rejects the statement; the message names the
     *     statement
     */
    void execute(String sql);

    /**
     * Runs the statements of an SQL script, a UTF-8 resource on the class path. A relative path is
     * resolved next to the revision's class (a revision {@code com.example.db.V1} reading {@code
     * "v1.sql"} reads {@code com/example/db/v1.sql}, from {@code src/main/resources/com/example/db/}
     * in a Maven project); a path starting with {@code /} is from the class path's root.
     *
     * <p>The script is split into statements at each {@code ;} outside quotes, quoted identifiers,
     * comments and (PostgreSQL, H2) dollar-quoted bodies. There is no {@code DELIMITER} command:
     * keep MySQL procedure bodies to {@link #execute(String)}. migrate-processor checks at compile
     * time that the script exists when the path is a constant, and includes its content in the
     * revision's checksum; it looks in the class output (where Maven copies {@code
     * src/main/resources}), on the class path and in the folders of {@code -Amigrate.resources}.
     *
     * <pre>{@code
     * op.executeScript("create_reports.sql");
     * }</pre>
     *
     * @param path the resource's path, relative to the revision's package or absolute
     * @throws MigrationException when the script is missing, or the database rejects one of its
     *     statements; the statements before it stay applied unless the revision is transactional
     *     on PostgreSQL
     */
    void executeScript(String path);

    /**
     * Creates a table with its columns, primary key and constraints.
     *
     * @param table the table's definition
     */
    void createTable(Table table);

    /**
     * Drops a table.
     *
     * @param table the table's name
     */
    void dropTable(String table);

    /**
     * Renames a table. Its constraints and indexes keep their names.
     *
     * @param table the table's name
     * @param newName its new name
     */
    void renameTable(String table, String newName);

    /**
     * Adds a column to a table.
     *
     * @param table the table's name
     * @param column the column's definition; a {@code NOT NULL} column needs a default when the
     *     table has rows
     */
    void addColumn(String table, Column column);

    /**
     * Drops a column.
     *
     * @param table the table's name
     * @param column the column's name
     */
    void dropColumn(String table, String column);

    /**
     * Changes a column's type, nullability, default or name. Changing the type or nullability
     * needs the column as it is now: see {@link AlterColumn}.
     *
     * <pre>{@code
     * op.alterColumn("users", AlterColumn.of(Column.of("email", SqlType.varchar(255)).notNull())
     *         .type(SqlType.varchar(320)));
     * }</pre>
     *
     * @param table the table's name
     * @param change the changes
     */
    void alterColumn(String table, AlterColumn change);

    /**
     * Creates an index, possibly unique, partial (PostgreSQL) or built concurrently (PostgreSQL,
     * in a revision with {@code @Revision(transactional = false)}).
     *
     * @param index the index's definition
     */
    void createIndex(Index index);

    /**
     * Drops an index.
     *
     * @param table the indexed table (MySQL needs it)
     * @param index the index's name
     */
    void dropIndex(String table, String index);

    /**
     * Adds a foreign key to a table.
     *
     * @param table the referencing table
     * @param foreignKey the foreign key
     */
    void addForeignKey(String table, ForeignKey foreignKey);

    /**
     * Drops a foreign key.
     *
     * @param table the referencing table
     * @param name the foreign key's name (by convention {@code fk_<table>_<columns>_<referenced table>})
     */
    void dropForeignKey(String table, String name);

    /**
     * Adds a unique constraint to a table.
     *
     * @param table the table's name
     * @param unique the constraint
     */
    void addUnique(String table, Unique unique);

    /**
     * Drops a unique constraint.
     *
     * @param table the table's name
     * @param name the constraint's name (by convention {@code uq_<table>_<columns>})
     */
    void dropUnique(String table, String name);

    /**
     * Adds a check constraint to a table.
     *
     * @param table the table's name
     * @param check the constraint
     */
    void addCheck(String table, Check check);

    /**
     * Drops a check constraint.
     *
     * @param table the table's name
     * @param name the constraint's name
     */
    void dropCheck(String table, String name);

    /**
     * Inserts rows, such as seed or reference data, with bound parameters in batches.
     *
     * @param table the table's name
     * @param rows the rows
     */
    void bulkInsert(String table, Rows rows);

    /**
     * Inserts rows given as maps of column name to value, as Alembic's {@code bulk_insert} takes
     * them; see {@link Rows#fromMaps(List)}.
     *
     * @param table the table's name
     * @param rows the rows, each with the same keys
     */
    void bulkInsert(String table, List<? extends Map<String, ?>> rows);

    /**
     * Whether a table exists in the connection's current schema. Online only.
     *
     * @param table the table's name
     * @return whether it exists
     */
    boolean tableExists(String table);

    /**
     * Whether a table has a column. Online only.
     *
     * @param table the table's name
     * @param column the column's name
     * @return whether both exist
     */
    boolean columnExists(String table, String column);

    /**
     * Whether a table has an index of that name (on MySQL, unique constraints and foreign keys
     * are indexes too). Online only.
     *
     * @param table the table's name
     * @param index the index's name
     * @return whether both exist
     */
    boolean indexExists(String table, String index);

    /**
     * The connection the revision runs on, for data migrations that read and write rows. Online
     * only. It takes part in the revision's transaction: {@code close()} does nothing, and {@code
     * commit}, {@code rollback} and {@code setAutoCommit} are refused, since migrate commits the
     * revision with its bookkeeping.
     *
     * <pre>{@code
     * try (PreparedStatement update = op.connection().prepareStatement(
     *         "UPDATE users SET email = LOWER(email) WHERE email <> LOWER(email)")) {
     *     update.executeUpdate();
     * }
     * }</pre>
     *
     * @return the connection
     */
    Connection connection();
}
