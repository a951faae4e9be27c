package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The offline script's check with the databases' own clients, as a DBA runs a script: {@code psql
 * -v ON_ERROR_STOP=1 -f} and {@code mariadb < script}. The first run applies it, the second stops
 * at the check with its message before the data revision inserts again. Skipped where the client
 * is not installed; {@link OfflineScriptGuardTest} runs the same scripts through JDBC everywhere.
 */
class OfflineScriptClientTest {

    @TempDir
    Path directory;

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MYSQL"})
    void theClientStopsASecondRunAtTheCheck(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Path script = directory.resolve("upgrade.sql");
            Files.writeString(script, Migrator.builder().classLoader(new IndexClassLoader(DataRevisionIndex.class))
                    .sqlScripts(OfflineSqlTest.dialect(kind)).upgrade("base:heads"));

            Result first = run(kind, db, script);
            assertEquals(0, first.exit(), first.output());
            assertEquals(1, visits(db));

            Result second = run(kind, db, script);
            assertNotEquals(0, second.exit(), second.output());
            assertTrue(second.output().contains("migrate: this script starts from base (no rows) but the version"
                    + " table migrate_version holds d2"), second.output());
            assertEquals(1, visits(db), "the data revision did not insert again");
        }
    }

    private record Result(int exit, String output) {}

    private Result run(DatabaseKind kind, TestDatabase db, Path script) throws IOException, InterruptedException {
        URI server = URI.create(db.url().substring("jdbc:".length()));
        List<String> command = new ArrayList<>();
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        if (kind == DatabaseKind.POSTGRESQL) {
            command.addAll(List.of(client("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", server.getHost(), "-p",
                    Integer.toString(server.getPort() < 0 ? 5432 : server.getPort()), "-U", db.user(), "-d",
                    server.getPath().substring(1), "-f", script.toString()));
            env.put("PGPASSWORD", db.password());
            env.put("PGOPTIONS", "-c search_path=" + db.schema());
        } else {
            command.addAll(List.of(client("mariadb", "mysql"), "--protocol=TCP", "-h", server.getHost(), "-P",
                    Integer.toString(server.getPort() < 0 ? 3306 : server.getPort()), "-u", db.user(), db.schema()));
            env.put("MYSQL_PWD", db.password());
            builder.redirectInput(script.toFile());
        }
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(2, TimeUnit.MINUTES);
        return new Result(process.exitValue(), output);
    }

    /** The first of the names found on the PATH; the test is skipped when none is. */
    private static String client(String... names) {
        for (String name : names) {
            Optional<Path> found = List.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)).stream()
                    .map(dir -> Path.of(dir, name)).filter(Files::isExecutable).findFirst();
            if (found.isPresent()) {
                return found.get().toString();
            }
        }
        Assumptions.abort(String.join(" or ", names) + " is not installed");
        throw new AssertionError("unreachable");
    }

    private static int visits(TestDatabase db) throws SQLException {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT COUNT(*) FROM visits")) {
            r.next();
            return r.getInt(1);
        }
    }
}
