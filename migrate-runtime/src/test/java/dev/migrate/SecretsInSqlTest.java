package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.report.Report;
import dev.migrate.report.Reports;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A failing statement that carries a password, run for real by a revision on each database: the
 * password appears in none of the exception, the listener, the log, the history row and the status
 * report, whatever its quoting and wherever the server repeats it.
 */
class SecretsInSqlTest {

    /** Two halves, so that an escape inside the secret still leaves both to look for. */
    private static final String HEAD = "Zq9";
    private static final String TAIL = "sEcret";

    static Stream<Arguments> forms() {
        return Stream.of(
                Arguments.of(DatabaseKind.POSTGRESQL, "ALTER ROLE nobody_zz WITH PASSWORD 'Zq9sEcret'"),
                Arguments.of(DatabaseKind.POSTGRESQL, "ALTER ROLE nobody_zz WITH PASSWORD 'Zq9''sEcret'"),
                Arguments.of(DatabaseKind.POSTGRESQL, "ALTER ROLE nobody_zz WITH PASSWORD $$Zq9sEcret$$"),
                Arguments.of(DatabaseKind.POSTGRESQL, "ALTER ROLE nobody_zz WITH PASSWORD $pw$Zq9sEcret$pw$"),
                Arguments.of(DatabaseKind.POSTGRESQL, "ALTER ROLE nobody_zz WITH PASSWORD E'Zq9\\'sEcret'"),
                Arguments.of(DatabaseKind.POSTGRESQL, "ALTER ROLE nobody_zz WITH PASSWORD Zq9sEcret"),
                Arguments.of(DatabaseKind.POSTGRESQL, "ALTER ROLE nobody_zz WITH PASSWORD \"Zq9sEcret\""),
                Arguments.of(DatabaseKind.POSTGRESQL, "CREATE ROLE nobody_zz PASSWORD 'Zq9sEcret' NOSUCHOPTION"),
                Arguments.of(DatabaseKind.MYSQL, "ALTER USER 'nobody_zz'@'%' IDENTIFIED BY 'Zq9sEcret'"),
                Arguments.of(DatabaseKind.MYSQL, "ALTER USER 'nobody_zz'@'%' IDENTIFIED BY \"Zq9sEcret\""),
                Arguments.of(DatabaseKind.MYSQL, "ALTER USER 'nobody_zz'@'%' IDENTIFIED BY 'Zq9\\'sEcret'"),
                Arguments.of(DatabaseKind.MYSQL, "ALTER USER 'nobody_zz'@'%' IDENTIFIED BY Zq9sEcret"),
                Arguments.of(DatabaseKind.MYSQL,
                        "ALTER USER 'nobody_zz'@'%' IDENTIFIED VIA ed25519 USING PASSWORD('Zq9sEcret')"),
                Arguments.of(DatabaseKind.MYSQL, "SET PASSWORD FOR 'nobody_zz'@'%' = PASSWORD('Zq9sEcret')"),
                Arguments.of(DatabaseKind.MYSQL, "CREATE USER nobody_zz, IDENTIFIED BY 'Zq9sEcret'"),
                Arguments.of(DatabaseKind.H2, "ALTER USER nobody_zz SET PASSWORD 'Zq9sEcret'"),
                Arguments.of(DatabaseKind.H2, "ALTER USER nobody_zz SET PASSWORD Zq9sEcret"));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("forms")
    void thePasswordOfAFailingStatementIsMaskedEverywhere(DatabaseKind kind, String sql) throws Exception {
        SecretIndex.statement = sql;
        List<String> heard = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override public void failed(RevisionInfo revision, Direction direction, MigrationException error) {
                heard.add(error.getMessage());
            }
            @Override public void warning(String message) {
                heard.add(message);
            }
        };
        CapturedLog log = new CapturedLog();
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = Migrator.builder().dataSource(db.dataSource()).logger(log).listener(listener)
                        .classLoader(new IndexClassLoader(SecretIndex.class)).build()) {
            MigrationException failed = assertThrows(MigrationException.class, () -> migrator.upgrade("heads"));
            assertTrue(failed.getMessage().contains("nobody_zz"), failed.getMessage());
            List<String> places = new ArrayList<>();
            for (Throwable t = failed; t != null; t = t.getCause()) {
                places.add(t.toString());
            }
            places.addAll(heard);
            places.addAll(log.lines());
            String error = historyError(db);
            assertTrue(error != null && error.contains("nobody_zz"), error);
            places.add(error);
            Report status = Reports.status(migrator.status());
            places.add(status.json());
            places.add(status.text());
            assertFalse(heard.isEmpty());
            for (String place : places) {
                assertFalse(place.contains(HEAD) || place.contains(TAIL), place);
            }
        }
    }

    private static String historyError(TestDatabase db) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet row = s.executeQuery("SELECT error FROM migrate_history WHERE revision = 'secret01'")) {
            return row.next() ? row.getString(1) : null;
        }
    }
}
