package dev.migrate.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationInfoService;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Flyway's {@code info} as a deploy job runs it, in a fresh JVM: read the SQL migrations from the
 * class path ({@code db/migration}, Flyway's default), connect, compare them with
 * {@code flyway_schema_history}. Arguments: the JDBC URL and the user; the password comes from
 * {@code MIGRATE_TEST_POSTGRES_PASSWORD}, never the command line. It prints the counts, not Flyway's
 * table of every migration, which would only add to Flyway's side.
 */
public final class FlywayInfoProbe {

    private static final int TABLES_PER_COMMIT = 500;

    private FlywayInfoProbe() {}

    /**
     * Prints how many migrations are applied and pending.
     *
     * @param args the URL and the user
     */
    public static void main(String[] args) {
        MigrationInfoService info = Flyway.configure().dataSource(args[0], args[1],
                System.getenv("MIGRATE_TEST_POSTGRES_PASSWORD")).load().info();
        System.out.println("flyway info: applied=" + info.applied().length + " pending=" + info.pending().length);
    }

    /** Writes {@code count} one-table migrations, {@code V<n>__t<n>.sql}, as the same tables the revisions create. */
    static Path writeScripts(Path root, int count) throws IOException {
        Path dir = Files.createDirectories(root.resolve("db/migration"));
        for (int n = 1; n <= count; n++) {
            Files.writeString(dir.resolve("V" + n + "__t" + n + ".sql"), "CREATE TABLE t" + n + " (id INT);\n");
        }
        return root;
    }

    /**
     * Brings the database to the last migration on {@code scripts}' class path, the fast way: Flyway's
     * {@code migrate} applies the first for real (and creates its history table); the other tables are
     * created a few hundred to a transaction, and their history rows written with what Flyway's own
     * resolver reads from each script (version, description, script name, checksum); then Flyway's
     * {@code validate} must pass, which compares every row with its script. Flyway's {@code migrate}
     * of them all would take about 0.1 s each, some 20 minutes at 10,000. Returns how many are applied.
     */
    static int bringToLatest(ClassLoader scripts, String url, String user, String password) throws SQLException {
        Flyway.configure(scripts).dataSource(url, user, password).target("1").load().migrate();
        Flyway flyway = Flyway.configure(scripts).dataSource(url, user, password).load();
        MigrationInfo[] pending = flyway.info().pending();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement ddl = c.createStatement();
                PreparedStatement row = c.prepareStatement("INSERT INTO flyway_schema_history (installed_rank, version,"
                        + " description, type, script, checksum, installed_by, execution_time, success)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, 0, TRUE)")) {
            c.setAutoCommit(false);
            int rank;
            try (ResultSet max = ddl.executeQuery("SELECT MAX(installed_rank) FROM flyway_schema_history")) {
                max.next();
                rank = max.getInt(1);
            }
            for (int i = 0; i < pending.length; i++) {
                MigrationInfo migration = pending[i];
                ddl.execute("CREATE TABLE t" + migration.getVersion().getVersion() + " (id INT)");
                row.setInt(1, ++rank);
                row.setString(2, migration.getVersion().getVersion());
                row.setString(3, migration.getDescription());
                row.setString(4, migration.getType().name());
                row.setString(5, migration.getScript());
                row.setInt(6, migration.getChecksum());
                row.setString(7, user);
                row.executeUpdate();
                // A table created takes a lock until the commit; the server's lock table holds a few thousand.
                if (i % TABLES_PER_COMMIT == TABLES_PER_COMMIT - 1) {
                    c.commit();
                }
            }
            c.commit();
        }
        ValidateResult validated = flyway.validateWithResult();
        if (!validated.validationSuccessful) {
            throw new IllegalStateException("Flyway's history written by the benchmark does not validate: "
                    + validated.getAllErrorMessages());
        }
        return flyway.info().applied().length;
    }
}
