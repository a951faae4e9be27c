package dev.migrate.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.JdbcDatabaseContainer;
import org.testcontainers.containers.MySQLContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * Finds each test server once per JVM: the configured server if it answers, else a Testcontainers
 * container if a Docker engine runs, else nothing. Nothing means a skipped test, or a failed one
 * under {@code CI=true}, where a missing server must not pass silently.
 */
final class Servers {

    private static final Map<DatabaseKind, Object> RESOLVED = new EnumMap<>(DatabaseKind.class);

    private Servers() {}

    /** The reachable server of {@code kind}; aborts or fails the test when there is none. */
    static synchronized ServerSettings get(DatabaseKind kind) {
        Object resolved = RESOLVED.computeIfAbsent(kind, Servers::resolve);
        if (resolved instanceof ServerSettings server) {
            return server;
        }
        String reason = (String) resolved;
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            Assertions.fail(reason);
        }
        Assumptions.abort(reason + " (skipped; under CI=true this fails)");
        throw new AssertionError("unreachable");
    }

    private static Object resolve(DatabaseKind kind) {
        ServerSettings configured = ServerSettings.fromEnvironment(kind);
        String problem;
        try (Connection ignored = connect(configured)) {
            return configured;
        } catch (SQLException e) {
            problem = e.getMessage();
        }
        if (dockerAvailable()) {
            return start(kind);
        }
        return kind + " is not reachable at " + configured.safeUrl() + " (" + problem + ") and no Docker engine is"
                + " available for Testcontainers; start the server or set " + configured.variables()
                + " to a reachable one";
    }

    static Connection connect(ServerSettings server) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", server.user());
        properties.setProperty("password", server.password());
        // Fail fast when nothing listens, rather than after the drivers' long defaults.
        if (server.kind() == DatabaseKind.POSTGRESQL) {
            properties.setProperty("connectTimeout", "5");
        } else {
            properties.setProperty("connectTimeout", "5000");
            // As in TestDatabase: no TLS demanded, RSA key retrieval allowed, unless the URL says otherwise.
            String url = server.url().toLowerCase(java.util.Locale.ROOT);
            if (!url.contains("sslmode=") && !url.contains("usessl=")) {
                properties.setProperty("sslMode", "DISABLED");
            }
            if (!url.contains("allowpublickeyretrieval=")) {
                properties.setProperty("allowPublicKeyRetrieval", "true");
            }
        }
        return DriverManager.getConnection(server.url(), properties);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // Kept for the JVM's life; Testcontainers' reaper removes it.
    private static ServerSettings start(DatabaseKind kind) {
        JdbcDatabaseContainer<?> container = switch (kind) {
            case POSTGRESQL -> new PostgreSQLContainer<>(DockerImageName.parse("postgres:16-alpine"));
            // MariaDB, as on the developer machines; as root, since tests create databases.
            case MYSQL -> new MySQLContainer<>(DockerImageName.parse("mariadb:10.11").asCompatibleSubstituteFor("mysql"))
                    .withUsername("root");
            case H2 -> throw new IllegalArgumentException("H2 needs no server");
        };
        container.start();
        return new ServerSettings(kind, container.getJdbcUrl(), container.getUsername(), container.getPassword(),
                ServerSettings.fromEnvironment(kind).urlVariable());
    }
}
