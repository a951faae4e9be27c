package dev.migrate.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A database of its own for one test: a fresh in-memory H2 database, a fresh PostgreSQL schema,
 * or a fresh MySQL/MariaDB database, each with a unique name and dropped by {@link #close()}, so
 * tests can run in any order. Servers come from {@code MIGRATE_TEST_POSTGRES_URL/_USER/_PASSWORD}
 * and {@code MIGRATE_TEST_MYSQL_URL/_USER/_PASSWORD} (defaults: the local servers); an unreachable
 * server is replaced by a Testcontainers container when Docker runs, else the test is skipped, or
 * fails under {@code CI=true}.
 *
 * <pre>{@code
 * @ParameterizedTest
 * @EnumSource(DatabaseKind.class)
 * void works(DatabaseKind kind) throws Exception {
 *     try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) { ... }
 * }
 * }</pre>
 */
public final class TestDatabase implements AutoCloseable {

    private static final Pattern MYSQL_URL = Pattern.compile("(jdbc:mysql://[^/?]*)(?:/([^?]*))?(?:\\?(.*))?");

    private final DatabaseKind kind;
    private final ServerSettings server;
    private final String schema;
    private final DataSource dataSource;
    private final List<String> extraSchemas = new ArrayList<>();

    private TestDatabase(DatabaseKind kind, ServerSettings server, String schema, DataSource dataSource) {
        this.kind = kind;
        this.server = server;
        this.schema = schema;
        this.dataSource = dataSource;
    }

    /**
     * Creates a database of its own for the calling test.
     *
     * @param kind which database
     * @return the database; close it at the end of the test
     * @throws SQLException when the schema cannot be created
     */
    public static TestDatabase open(DatabaseKind kind) throws SQLException {
        String name = uniqueName();
        if (kind == DatabaseKind.H2) {
            JdbcDataSource h2 = new JdbcDataSource();
            // DB_CLOSE_DELAY=-1 keeps the database between connections until close() shuts it down.
            h2.setURL("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            h2.setPassword("");
            return new TestDatabase(kind, null, "PUBLIC", h2);
        }
        ServerSettings server = Servers.get(kind);
        TestDatabase db = new TestDatabase(kind, server, name, dataSourceFor(server, name));
        db.admin(kind == DatabaseKind.POSTGRESQL ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
        return db;
    }

    /** Which database this is. */
    public DatabaseKind kind() {
        return kind;
    }

    /** Connections to this test's own schema (PostgreSQL), database (MySQL) or in-memory database (H2). */
    public DataSource dataSource() {
        return dataSource;
    }

    /** The default schema of {@link #dataSource()}'s connections. */
    public String schema() {
        return schema;
    }

    /**
     * Creates another empty schema (on MySQL/MariaDB a database), dropped by {@link #close()}.
     *
     * @return its name, lower case
     * @throws SQLException when it cannot be created
     */
    public String createSchema() throws SQLException {
        String name = uniqueName();
        if (kind == DatabaseKind.H2) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + name);
            }
        } else {
            admin(kind == DatabaseKind.POSTGRESQL ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
        }
        extraSchemas.add(name);
        return name;
    }

    /** Drops everything this test created. */
    @Override
    public void close() throws SQLException {
        if (kind == DatabaseKind.H2) {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.execute("SHUTDOWN");
            }
            return;
        }
        List<String> all = new ArrayList<>(extraSchemas);
        all.add(schema);
        for (String name : all) {
            admin(kind == DatabaseKind.POSTGRESQL ? "DROP SCHEMA IF EXISTS " + name + " CASCADE"
                    : "DROP DATABASE IF EXISTS " + name);
        }
    }

    @Override
    public String toString() {
        return kind + " " + schema;
    }

    private void admin(String sql) throws SQLException {
        try (Connection c = Servers.connect(server); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static DataSource dataSourceFor(ServerSettings server, String schema) {
        if (server.kind() == DatabaseKind.POSTGRESQL) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(server.url());
            pg.setCurrentSchema(schema);
            pg.setUser(server.user());
            pg.setPassword(server.password());
            return pg;
        }
        Matcher m = MYSQL_URL.matcher(server.url());
        if (!m.matches()) {
            throw new IllegalArgumentException("Not a jdbc:mysql:// URL: " + server.safeUrl());
        }
        String query = m.group(3) == null ? "" : m.group(3);
        // MariaDB and MySQL 8 without TLS: Connector/J must not insist on TLS, and may fetch the
        // server's RSA key for caching_sha2_password over a plain connection.
        String lower = query.toLowerCase(Locale.ROOT);
        if (!lower.contains("sslmode=") && !lower.contains("usessl=")) {
            query = join(query, "sslMode=DISABLED");
        }
        if (!lower.contains("allowpublickeyretrieval=")) {
            query = join(query, "allowPublicKeyRetrieval=true");
        }
        MysqlDataSource mysql = new MysqlDataSource();
        mysql.setURL(m.group(1) + "/" + schema + "?" + query);
        mysql.setUser(server.user());
        mysql.setPassword(server.password());
        return mysql;
    }

    private static String join(String query, String parameter) {
        return query.isEmpty() ? parameter : query + "&" + parameter;
    }

    private static String uniqueName() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
