package dev.migrate.testing;

/** The databases the JDBC tests run on. */
public enum DatabaseKind {
    /** In-memory H2, always available. */
    H2("H2"),
    /** A PostgreSQL server: {@code MIGRATE_TEST_POSTGRES_*}. */
    POSTGRESQL("PostgreSQL"),
    /** A MySQL or MariaDB server: {@code MIGRATE_TEST_MYSQL_*}. */
    MYSQL("MySQL/MariaDB");

    private final String label;

    DatabaseKind(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
