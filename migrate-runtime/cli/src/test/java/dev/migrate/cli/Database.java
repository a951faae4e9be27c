package dev.migrate.cli;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * A database of its own for one test: in-memory H2, a fresh PostgreSQL schema, or a fresh MariaDB
 * database, dropped by {@link #close()}. The servers come from {@code MIGRATE_TEST_POSTGRES_URL}
 * and {@code MIGRATE_TEST_MYSQL_URL} ({@code _USER}, {@code _PASSWORD}), defaulting to the local
 * ones, as the runtime's tests read them; an unreachable server skips the test, or fails it under
 * {@code CI=true}.
 */
final class Database implements AutoCloseable {

    enum Kind { H2, POSTGRESQL, MARIADB }

    private final Kind kind;
    private final String name;
    private final String url;
    private final String user;
    private final String password;
    private final String adminUrl;

    private Database(Kind kind, String name, String url, String user, String password, String adminUrl) {
        this.kind = kind;
        this.name = name;
        this.url = url;
        this.user = user;
        this.password = password;
        this.adminUrl = adminUrl;
    }

    static Database open(Kind kind) throws SQLException {
        String name = "cli_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        return switch (kind) {
            case H2 -> {
                Database db = new Database(kind, name, "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", null);
                // Created now, so that its user is sa whoever connects first.
                db.connect().close();
                yield db;
            }
            case POSTGRESQL -> {
                String server = env("MIGRATE_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
                Database db = new Database(kind, name, server + (server.contains("?") ? "&" : "?") + "currentSchema="
                        + name, env("MIGRATE_TEST_POSTGRES_USER", "postgres"), env("MIGRATE_TEST_POSTGRES_PASSWORD", ""),
                        server);
                db.admin("CREATE SCHEMA " + name);
                yield db;
            }
            case MARIADB -> {
                // The MariaDB driver, on the server the runtime's tests call MIGRATE_TEST_MYSQL_URL.
                String server = env("MIGRATE_TEST_MYSQL_URL", "jdbc:mysql://127.0.0.1:3306/test")
                        .replaceFirst("^jdbc:mysql:", "jdbc:mariadb:");
                String base = server.replaceFirst("^(jdbc:mariadb://[^/?]*).*$", "$1");
                Database db = new Database(kind, name, base + "/" + name, env("MIGRATE_TEST_MYSQL_USER", "root"),
                        env("MIGRATE_TEST_MYSQL_PASSWORD", ""), server);
                db.admin("CREATE DATABASE " + name);
                yield db;
            }
        };
    }

    /** The flags that point the command line at this database. */
    List<String> flags() {
        List<String> flags = new ArrayList<>(List.of("--url", url, "--user", user));
        if (!password.isEmpty()) {
            flags.add("--password");
            flags.add(password);
        }
        return flags;
    }

    /** {@code command}, then {@code args}, then {@link #flags()}. */
    String[] args(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(flags());
        return all.toArray(String[]::new);
    }

    String url() {
        return url;
    }

    /** The name the database gives itself: H2's in-memory database, MariaDB's database; lower case. */
    String name() {
        return name;
    }

    /** The tables of this test's schema, in lower case. */
    Set<String> tables() throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Connection c = connect()) {
            DatabaseMetaData meta = c.getMetaData();
            String catalog = kind == Kind.MARIADB ? name : null;
            String schema = switch (kind) {
                case H2 -> "PUBLIC";
                case POSTGRESQL -> name;
                case MARIADB -> null;
            };
            try (ResultSet r = meta.getTables(catalog, schema, "%", new String[] {"TABLE", "BASE TABLE"})) {
                while (r.next()) {
                    names.add(r.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
                }
            }
        }
        return names;
    }

    /** The version table's rows, sorted; empty without the table. */
    Set<String> versionRows() throws SQLException {
        Set<String> rows = new TreeSet<>();
        if (!tables().contains("migrate_version")) {
            return rows;
        }
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT version_num FROM migrate_version")) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    /** The history table's rows in order, as {@code revision status}. */
    List<String> history() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = connect(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT revision, status FROM migrate_history ORDER BY id")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2));
            }
        }
        return rows;
    }

    /** Runs a statement on the test's database, as another tool or a newer build would. */
    void execute(String sql) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public void close() throws SQLException {
        switch (kind) {
            case H2 -> {
                try (Connection c = connect(); Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                }
            }
            case POSTGRESQL -> admin("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            case MARIADB -> admin("DROP DATABASE IF EXISTS " + name);
        }
    }

    @Override
    public String toString() {
        return kind + " " + name;
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = reach(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private Connection reach() throws SQLException {
        try {
            return DriverManager.getConnection(adminUrl, user, password);
        } catch (SQLException e) {
            String reason = kind + " is not reachable (" + e.getMessage() + "); start it or set the MIGRATE_TEST_"
                    + (kind == Kind.POSTGRESQL ? "POSTGRES" : "MYSQL") + "_URL variables";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(reason);
            }
            Assumptions.abort(reason + " (skipped; under CI=true this fails)");
            throw e;
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }
}
