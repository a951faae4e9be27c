package dev.migrate.processor;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The PostgreSQL server the benchmark runs on, from {@code MIGRATE_TEST_POSTGRES_URL}, {@code _USER}
 * and {@code _PASSWORD} (default: the local server, database {@code test}, user {@code postgres}),
 * with schemas of its own that it drops afterwards.
 */
record BenchmarkDatabase(String url, String user, String password) {

    /** Dropped together, so that a lock table of default size is enough even for 10,000 tables. */
    private static final int TABLES_PER_DROP = 500;

    static BenchmarkDatabase fromEnvironment() {
        return new BenchmarkDatabase(env("MIGRATE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test"),
                env("MIGRATE_TEST_POSTGRES_USER", "postgres"), env("MIGRATE_TEST_POSTGRES_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    /** The URL of connections whose default schema is {@code schema}: unqualified tables go there. */
    String url(String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    Connection connect(String schema) throws SQLException {
        return DriverManager.getConnection(url(schema), user, password);
    }

    String createSchema() throws SQLException {
        String name = "migrate_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + name);
        }
        return name;
    }

    /** A new, empty database: the state a first deploy meets, with a catalog no earlier run has grown. */
    String createDatabase() throws SQLException {
        String name = "migrate_bench_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return name;
    }

    /** The URL of database {@code name} on the same server, with the same parameters. */
    String databaseUrl(String name) {
        int path = url.indexOf('/', url.indexOf("//") + 2);
        int query = url.indexOf('?', path);
        return url.substring(0, path + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    /** Drops a database of {@link #createDatabase}: one statement, whatever it holds. */
    void dropDatabase(String name) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name);
        }
    }

    /** The single number {@code sql} selects in database {@code name}. */
    long selectNumber(String name, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(databaseUrl(name), user, password);
                Statement s = c.createStatement(); ResultSet rows = s.executeQuery(sql)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    String serverVersion() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            return c.getMetaData().getDatabaseProductVersion();
        }
    }

    /**
     * Drops the schema. A run that stopped half-way leaves thousands of tables, and one DROP SCHEMA
     * CASCADE would need a lock per table at once: drop them a few hundred at a time first.
     */
    void dropSchema(String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            List<String> tables;
            do {
                tables = new ArrayList<>();
                try (PreparedStatement q = c.prepareStatement(
                        "SELECT tablename FROM pg_tables WHERE schemaname = ? LIMIT " + TABLES_PER_DROP)) {
                    q.setString(1, schema);
                    try (ResultSet rows = q.executeQuery()) {
                        while (rows.next()) {
                            tables.add(schema + ".\"" + rows.getString(1) + "\"");
                        }
                    }
                }
                if (!tables.isEmpty()) {
                    s.execute("DROP TABLE " + String.join(", ", tables) + " CASCADE");
                }
            } while (!tables.isEmpty());
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
