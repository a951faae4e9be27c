package dev.migrate.processor;

import dev.migrate.Migrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * What an application or a deploy job does to bring a database to its heads, run by the benchmark in
 * a fresh JVM: load the index from the class path, connect with a URL, {@code upgrade("heads")}.
 * Arguments: the JDBC URL and the user; the password comes from {@code MIGRATE_TEST_POSTGRES_PASSWORD},
 * never the command line.
 */
public final class UpgradeProbe {

    private UpgradeProbe() {}

    /**
     * Upgrades to the heads and prints how many revisions ran.
     *
     * @param args the URL and the user
     */
    public static void main(String[] args) {
        try (Migrator migrator = Migrator.builder().url(args[0], args[1], System.getenv("MIGRATE_TEST_POSTGRES_PASSWORD"))
                .build()) {
            System.out.println("applied=" + migrator.upgrade("heads").size());
        }
    }

    /**
     * The floor: a hand-written JDBC loop doing the same DDL, with one history row and one commit per
     * revision ({@link RawJdbcSteps}), and nothing else.
     */
    public static final class Floor {

        private Floor() {}

        /**
         * Creates the tables of {@code count} revisions, one transaction each.
         *
         * @param args the URL, the user and the number of revisions
         * @throws SQLException when the database refuses
         */
        public static void main(String[] args) throws SQLException {
            int count = Integer.parseInt(args[2]);
            Connection connection = DriverManager.getConnection(args[0], args[1],
                    System.getenv("MIGRATE_TEST_POSTGRES_PASSWORD"));
            try (RawJdbcSteps raw = RawJdbcSteps.open(connection)) {
                for (int n = 0; n < count; n++) {
                    raw.upgrade(n);
                }
            }
            System.out.println("applied=" + count);
        }
    }
}
