package dev.migrate.diff;

import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import dev.migrate.internal.jdbc.Texts;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * The schema as the revisions leave it at their heads, to compare with a model: the database's own
 * schema when it is at the heads, else a scratch schema of the same database (on MySQL/MariaDB a
 * scratch database) upgraded to the heads and dropped again, so that the database itself is never
 * changed. Migrate's bookkeeping tables are left out.
 *
 * <pre>{@code
 * SchemaAtHeads read = SchemaAtHeads.read(migrator, dataSource, revisionsLoader, System.getLogger("migrate"));
 * System.out.println("compared with " + read.source());
 * }</pre>
 *
 * @param model the tables and indexes
 * @param database the database's product name in lower case, as {@link SchemaDiff} takes it
 * @param source which schema was read, in words for a log line
 */
public record SchemaAtHeads(SchemaModel model, String database, String source) {

    /**
     * Reads the schema at the heads.
     *
     * @param migrator the migrator over the revisions and the database
     * @param dataSource the same database, for reading its metadata and making a scratch schema
     * @param revisions the class loader of the revisions, for the scratch schema's upgrade
     * @param logger where the scratch schema's upgrade logs
     * @return the schema, and which one was read
     * @throws MigrationException when the database cannot be read, or a scratch schema cannot be
     *     made or upgraded
     */
    public static SchemaAtHeads read(Migrator migrator, DataSource dataSource, ClassLoader revisions,
            System.Logger logger) {
        List<String> heads = sorted(migrator.heads());
        List<String> current = sorted(migrator.current());
        try (Connection connection = dataSource.getConnection()) {
            String database = SchemaModel.database(connection);
            if (heads.equals(current)) {
                return new SchemaAtHeads(SchemaModel.read(connection).without(migrator.bookkeepingTables()), database,
                        "the database, at " + (heads.isEmpty() ? "base (there are no revisions)" : "heads"));
            }
            return scratch(connection, database, new ScratchDataSource(dataSource, scratchName(database), catalogs(database)),
                    revisions, logger, current);
        } catch (SQLException e) {
            throw new MigrationException("Cannot read the database's schema: " + Texts.describe(e), e);
        }
    }

    private static boolean catalogs(String database) {
        return database.equals("mysql") || database.equals("mariadb");
    }

    /** A fresh name, in the case the database stores an unquoted one (H2: upper). */
    private static String scratchName(String database) {
        String name = "migrate_scratch_" + HexFormat.of().formatHex(randomBytes());
        return database.equals("h2") ? name.toUpperCase(Locale.ROOT) : name;
    }

    private static SchemaAtHeads scratch(Connection connection, String database, ScratchDataSource scratch,
            ClassLoader revisions, System.Logger logger, List<String> current) throws SQLException {
        boolean catalogs = catalogs(database);
        String quoted = scratch.schema();
        String name = quoted.toLowerCase(Locale.ROOT);
        try (Statement s = connection.createStatement()) {
            s.execute((catalogs ? "CREATE DATABASE " : "CREATE SCHEMA ") + quoted);
        } catch (SQLException e) {
            throw new MigrationException("The database is not at its heads (it is at "
                    + (current.isEmpty() ? "base" : String.join(", ", current)) + "), and a scratch "
                    + (catalogs ? "database" : "schema") + " to upgrade instead cannot be created: " + Texts.describe(e)
                    + ". Upgrade the database first, or give its user the right to create one", e);
        }
        try {
            try (Migrator upgrader = Migrator.builder().dataSource(scratch).classLoader(revisions).logger(logger).build()) {
                upgrader.upgrade("heads");
                try (Connection c = scratch.getConnection()) {
                    SchemaModel model = SchemaModel.read(c).without(upgrader.bookkeepingTables());
                    return new SchemaAtHeads(model, database, "a scratch " + (catalogs ? "database " : "schema ") + name
                            + " upgraded to heads (the database is at " + (current.isEmpty() ? "base"
                            : String.join(", ", current)) + "), dropped again");
                }
            }
        } finally {
            try (Statement s = connection.createStatement()) {
                s.execute(catalogs ? "DROP DATABASE " + quoted : "DROP SCHEMA " + quoted + " CASCADE");
            }
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }

    private static List<String> sorted(List<String> ids) {
        List<String> copy = new ArrayList<>(ids);
        copy.sort(null);
        return copy;
    }
}
