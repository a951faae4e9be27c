package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.TableNames;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the bookkeeping tables' schema holds besides them (on MySQL/MariaDB, their database; other
 * schemas do not count), to tell a schema migrate has never seen from an empty one before an
 * upgrade writes anything.
 */
public final class SchemaTables {

    /**
     * The schema's tables that are not migrate's.
     *
     * @param schema the schema's name, as the database stores it
     * @param foreign the tables and views, sorted, without migrate's own (the version and history
     *     tables, H2's lock table) and those the user listed as not migrate's
     */
    public record Found(String schema, List<String> foreign) {}

    private final Dialect dialect;
    private final TableNames names;

    /**
     * @param dialect the database's dialect
     * @param names where the bookkeeping tables are
     */
    public SchemaTables(Dialect dialect, TableNames names) {
        this.dialect = Objects.requireNonNull(dialect, "dialect");
        this.names = Objects.requireNonNull(names, "names");
    }

    /**
     * Lists the schema's tables, all of them: call it only when the version table is missing, when
     * the schema is new (and small) or predates migrate.
     *
     * @param connection the connection
     * @param ignored tables that do not count, matched as the database stores names (on H2 a name
     *     given in lower case also matches its upper-case form, as the bookkeeping tables' names do)
     * @return what the schema holds
     * @throws MigrationException when the information schema cannot be read
     */
    public Found find(Connection connection, Collection<String> ignored) {
        Set<String> skipped = new HashSet<>(List.of(dialect.storedName(names.versionTable()),
                dialect.storedName(names.historyTable()), dialect.storedName(names.lockTable())));
        for (String name : ignored) {
            skipped.add(name);
            skipped.add(dialect.storedName(name));
        }
        List<String> foreign = new ArrayList<>();
        try {
            String schema = new BookkeepingLayout(dialect, names).schema(connection);
            try (PreparedStatement s = connection.prepareStatement(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = ?")) {
                s.setString(1, schema);
                try (ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        String table = rows.getString(1);
                        if (!skipped.contains(table)) {
                            foreign.add(table);
                        }
                    }
                }
            }
            foreign.sort(null);
            return new Found(schema, List.copyOf(foreign));
        } catch (SQLException e) {
            throw new MigrationException("Cannot list the tables of the schema of "
                    + dialect.qualify(names.schema(), names.versionTable()) + ": " + Texts.describe(e), e);
        }
    }
}
