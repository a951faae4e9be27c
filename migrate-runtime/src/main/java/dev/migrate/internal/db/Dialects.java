package dev.migrate.internal.db;

import dev.migrate.MigrationException;
import dev.migrate.internal.db.h2.H2Dialect;
import dev.migrate.internal.db.mysql.MySqlDialect;
import dev.migrate.internal.db.postgres.PostgresDialect;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.Locale;

/** Chooses the {@link Dialect} of a connection, or of a name given for a script. */
public final class Dialects {

    private Dialects() {}

    /**
     * Chooses the dialect of the database {@code connection} is connected to.
     *
     * @param connection an open connection
     * @return its dialect
     * @throws MigrationException when the database is not supported or cannot be asked
     */
    public static Dialect of(Connection connection) {
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
    public static Dialect named(String name) {
        return switch (name == null ? "" : name.trim().toLowerCase(Locale.ROOT)) {
            case "postgresql" -> new PostgresDialect();
            case "mysql", "mariadb" -> new MySqlDialect();
            case "h2" -> new H2Dialect(true);
            default -> throw new MigrationException(
                    "Unknown database dialect \"" + name + "\"; give postgresql, mysql, mariadb or h2");
        };
    }
}
