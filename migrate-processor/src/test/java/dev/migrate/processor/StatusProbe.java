package dev.migrate.processor;

import dev.migrate.Migrator;
import dev.migrate.Status;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * What an application does at start-up to gate on the schema, run by the benchmark in a fresh JVM:
 * load the index from the class path, connect, call {@code status()}. Arguments: the JDBC URL and
 * the user; the password comes from {@code MIGRATE_TEST_POSTGRES_PASSWORD}, never the command line.
 */
public final class StatusProbe {

    private StatusProbe() {}

    /**
     * Prints the status and how long building the migrator and asking for the status took.
     *
     * @param args the URL and the user
     */
    public static void main(String[] args) {
        long start = System.nanoTime();
        try (Migrator migrator = Migrator.builder().url(args[0], args[1], System.getenv("MIGRATE_TEST_POSTGRES_PASSWORD"))
                .build()) {
            long built = System.nanoTime();
            Status status = migrator.status();
            long asked = System.nanoTime();
            System.out.println("current=" + status.current() + " pending=" + status.pending().size()
                    + " upToDate=" + status.upToDate()
                    + " build_ms=" + (built - start) / 1_000_000 + " status_ms=" + (asked - built) / 1_000_000);
        }
    }

    /** The same JVM connecting with the JDBC driver alone and asking one query: the part that is not migrate's. */
    public static final class ConnectOnly {

        private ConnectOnly() {}

        /**
         * Connects, selects 1 and disconnects.
         *
         * @param args the URL and the user
         * @throws SQLException when the database cannot be reached
         */
        public static void main(String[] args) throws SQLException {
            try (Connection c = DriverManager.getConnection(args[0], args[1],
                    System.getenv("MIGRATE_TEST_POSTGRES_PASSWORD")); Statement s = c.createStatement()) {
                s.executeQuery("SELECT 1").close();
            }
        }
    }

    /** The same JVM start, doing nothing: the floor the probe is compared with. */
    public static final class Nothing {

        private Nothing() {}

        /**
         * Returns at once.
         *
         * @param args ignored
         */
        public static void main(String[] args) {
            // Nothing: only the JVM's own start and exit are measured.
        }
    }
}
