package dev.migrate.testing;

import com.mysql.cj.jdbc.MysqlDataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
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
    private final String url;
    private final DataSource dataSource;
    private final List<String> extraSchemas = new ArrayList<>();
    /** For a shared H2 database: the connection that keeps it open and serves it to other processes. */
    private Connection h2Keeper;
    private Path h2Directory;

    private TestDatabase(DatabaseKind kind, ServerSettings server, String schema, String url) {
        this.kind = kind;
        this.server = server;
        this.schema = schema;
        this.url = url;
        this.dataSource = server == null ? h2(url) : dataSourceFor(server, url);
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
            // DB_CLOSE_DELAY=-1 keeps the database between connections until close() shuts it down.
            return new TestDatabase(kind, null, "PUBLIC", "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
        ServerSettings server = Servers.get(kind);
        TestDatabase db = new TestDatabase(kind, server, name, urlFor(server, name));
        db.admin(kind == DatabaseKind.POSTGRESQL ? "CREATE SCHEMA " + name : "CREATE DATABASE " + name);
        return db;
    }

    /**
     * Like {@link #open}, but other processes can open the database too, with {@link #url()}: for
     * H2 a file database in a temporary directory with {@code AUTO_SERVER=TRUE}, which this JVM
     * opens first and so serves to the others over TCP until {@link #close()}.
     *
     * @param kind which database
     * @return the database; close it at the end of the test
     * @throws SQLException when the schema cannot be created
     */
    public static TestDatabase openShared(DatabaseKind kind) throws SQLException {
        if (kind != DatabaseKind.H2) {
            return open(kind);
        }
        Path directory;
        try {
            directory = Files.createTempDirectory("migrate-h2-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        TestDatabase db = new TestDatabase(kind, null, "PUBLIC",
                "jdbc:h2:file:" + directory.resolve("db").toAbsolutePath() + ";AUTO_SERVER=TRUE");
        db.h2Directory = directory;
        db.h2Keeper = DriverManager.getConnection(db.url, "sa", "");
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

    /** The JDBC URL of {@link #dataSource()}, for another process; it may carry credentials, so never print it. */
    public String url() {
        return url;
    }

    /** The user of {@link #dataSource()}'s connections. */
    public String user() {
        return server == null ? "sa" : server.user();
    }

    /** The password of {@link #dataSource()}'s connections, for another process; never print it. */
    public String password() {
        return server == null ? "" : server.password();
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
            } finally {
                deleteH2Files();
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

    private void deleteH2Files() throws SQLException {
        if (h2Keeper == null) {
            return;
        }
        h2Keeper.close();
        try (Stream<Path> files = Files.walk(h2Directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DataSource h2(String url) {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser("sa");
        h2.setPassword("");
        return h2;
    }

    private static DataSource dataSourceFor(ServerSettings server, String url) {
        if (server.kind() == DatabaseKind.POSTGRESQL) {
            PGSimpleDataSource pg = new PGSimpleDataSource();
            pg.setURL(url);
            pg.setUser(server.user());
            pg.setPassword(server.password());
            return pg;
        }
        MysqlDataSource mysql = new MysqlDataSource();
        mysql.setURL(url);
        mysql.setUser(server.user());
        mysql.setPassword(server.password());
        return mysql;
    }

    /** The server's URL with {@code schema} as the connections' default schema (PostgreSQL) or database (MySQL). */
    private static String urlFor(ServerSettings server, String schema) {
        if (server.kind() == DatabaseKind.POSTGRESQL) {
            return server.url() + (server.url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
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
        return m.group(1) + "/" + schema + "?" + query;
    }

    private static String join(String query, String parameter) {
        return query.isEmpty() ? parameter : query + "&" + parameter;
    }

    private static String uniqueName() {
        return "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
    }
}
