package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.engine.RowChange;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The version table: one row per current head, one column {@code version_num}, as in Alembic.
 */
public final class VersionTable {

    private final Dialect dialect;
    private final TableNames names;
    private final String table;

    /**
     * @param dialect the database's dialect
     * @param names where the table is
     */
    public VersionTable(Dialect dialect, TableNames names) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.names = Objects.requireNonNull(names, "names");
        this.table = dialect.qualify(names.schema(), names.versionTable());
    }

    /**
     * Creates the table if it does not exist. Call it while holding the {@link MigrationLock}, so
     * two runs do not race to create it.
     *
     * @param connection the connection; left in auto-commit mode
     * @throws MigrationException when the table cannot be created
     */
    public void create(Connection connection) {
        try {
            connection.setAutoCommit(true);
            try (Statement statement = connection.createStatement()) {
                for (String ddl : dialect.versionTableDdl(names)) {
                    statement.execute(ddl);
                }
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot create the version table " + table + ": " + Texts.describe(e), e);
        }
    }

    /**
     * Whether the table exists, asked of the information schema so that a read-only command (or a
     * bad target) does not create it.
     *
     * @param connection the connection
     * @return whether the table exists
     * @throws MigrationException when the information schema cannot be read
     */
    public boolean exists(Connection connection) {
        return new BookkeepingLayout(dialect, names).find(connection).versionTable();
    }

    /**
     * Reads the current versions.
     *
     * @param connection the connection
     * @return the rows' versions, sorted, unmodifiable
     * @throws MigrationException when the table cannot be read
     */
    public Set<String> read(Connection connection) {
        Set<String> versions = new LinkedHashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version_num FROM " + table + " ORDER BY version_num")) {
            while (rows.next()) {
                versions.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the version table " + table + ": " + Texts.describe(e), e);
        }
        return Collections.unmodifiableSet(versions);
    }

    /**
     * Applies row changes in order, in the connection's current transaction. An update or delete
     * that does not match exactly one row fails: another run or a hand edit changed the table.
     *
     * @param connection the connection
     * @param changes the changes
     * @throws MigrationException when a change fails or does not match exactly one row
     */
    public void apply(Connection connection, List<RowChange> changes) {
        for (RowChange change : changes) {
            try {
                applyOne(connection, change);
            } catch (SQLException e) {
                throw new MigrationException("Cannot change the version table " + table + " (" + describe(change)
                        + "): " + Texts.describe(e), e);
            }
        }
    }

    private void applyOne(Connection connection, RowChange change) throws SQLException {
        BoundValues values = new BoundValues(dialect);
        try (PreparedStatement s = connection.prepareStatement(statement(change, values))) {
            values.bind(s);
            int count = s.executeUpdate();
            if (!(change instanceof RowChange.Insert)) {
                expectOne(count, change);
            }
        }
    }

    /**
     * The statement that makes one change: online with parameters, in a script with literals.
     *
     * @param change the change
     * @param values where its versions go
     * @return the statement
     */
    public String statement(RowChange change, SqlValues values) {
        String[] given = values(change, values);
        if (change instanceof RowChange.Insert) {
            return "INSERT INTO " + table + " (version_num) VALUES (" + given[0] + ")";
        } else if (change instanceof RowChange.Delete) {
            return "DELETE FROM " + table + " WHERE version_num = " + given[0];
        }
        return "UPDATE " + table + " SET version_num = " + given[0] + " WHERE version_num = " + given[1];
    }

    /**
     * Gives {@code values} the change's versions as {@link #statement} does, without building the
     * text: for a statement prepared already, whose parameters they are.
     */
    void giveValues(RowChange change, SqlValues values) {
        values(change, values);
    }

    /** The change's versions in the order its statement takes them: the one list the text and the parameters follow. */
    private static String[] values(RowChange change, SqlValues values) {
        if (change instanceof RowChange.Insert insert) {
            return new String[] {values.string(insert.version())};
        } else if (change instanceof RowChange.Delete delete) {
            return new String[] {values.string(delete.version())};
        } else if (change instanceof RowChange.Update update) {
            return new String[] {values.string(update.to()), values.string(update.from())};
        }
        throw new IllegalArgumentException("unknown row change " + change);
    }

    /**
     * Fails unless an update or delete matched exactly one row.
     *
     * @throws MigrationException saying that the table changed under this run
     */
    void expectOne(int count, RowChange change) {
        if (count != 1) {
            throw new MigrationException("Expected to " + describe(change) + " in the version table " + table
                    + ", but " + count + " rows matched. Another migration run or a hand edit changed the version"
                    + " table concurrently; check its rows and run the command again.");
        }
    }

    /** The quoted, qualified table name, for messages. */
    String qualifiedName() {
        return table;
    }

    static String describe(RowChange change) {
        if (change instanceof RowChange.Insert insert) {
            return "insert version " + insert.version();
        } else if (change instanceof RowChange.Delete delete) {
            return "delete version " + delete.version();
        } else if (change instanceof RowChange.Update update) {
            return "update version " + update.from() + " to " + update.to();
        }
        return String.valueOf(change);
    }
}
