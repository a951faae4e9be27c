package dev.migrate.processor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfoService;

/**
 * Flyway's {@code info} as a deploy job runs it, in a fresh JVM: read the SQL migrations from the
 * class path ({@code db/migration}, Flyway's default), connect, compare them with
 * {@code flyway_schema_history}. Arguments: the JDBC URL and the user; the password comes from
 * {@code MIGRATE_TEST_POSTGRES_PASSWORD}, never the command line. It prints the counts, not Flyway's
 * table of every migration, which would only add to Flyway's side.
 */
public final class FlywayInfoProbe {

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

    /** Applies the migrations on {@code scripts}' class path for real, as {@code flyway migrate} does; returns how many ran. */
    static int migrate(ClassLoader scripts, String url, String user, String password) {
        return Flyway.configure(scripts).dataSource(url, user, password).load().migrate().migrationsExecuted;
    }
}
