package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.internal.jdbc.LockMessage;
import dev.migrate.internal.jdbc.MigrationLock;
import dev.migrate.internal.db.TableNames;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A command that must wait for another run's lock says so at once, names the holder where the
 * database can tell, and says so again after each interval; the lock is held by a second
 * connection of the test, and the command gives up after its timeout.
 */
class LockWaitMessagesTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aWaitingCommandSaysItWaitsAndWhoHoldsTheLock(DatabaseKind kind) throws Exception {
        List<String> warnings = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override public void warning(String message) {
                warnings.add(message);
            }
        };
        CapturedLog log = new CapturedLog();
        String holder;
        try (TestDatabase db = TestDatabase.open(kind)) {
            Connection holding = db.dataSource().getConnection();
            holder = describeHolder(kind, holding);
            try (MigrationLock held = MigrationLock.acquire(holding, TableNames.defaults(), Duration.ZERO);
                    Migrator migrator = Migrator.builder().dataSource(db.dataSource()).listener(listener).logger(log)
                            .lockTimeout(Duration.ofSeconds(1)).lockWaitInterval(Duration.ofMillis(500))
                            .classLoader(new IndexClassLoader(ShopIndex.class)).build()) {
                MigrationException timedOut = assertThrows(MigrationException.class, () -> migrator.upgrade("heads"));
                assertTrue(timedOut.getMessage().startsWith("Another migration run holds the lock on the version table "),
                        timedOut.getMessage());
                assertTrue(timedOut.getMessage().endsWith("; waited 1 s. Wait for that run to finish and try again, or"
                        + " raise the lock timeout (migrate.lockTimeout, Migrator.Builder.lockTimeout)."),
                        timedOut.getMessage());
            }
        }
        assertEquals(2, warnings.size(), warnings.toString());
        String first = warnings.get(0);
        assertTrue(first.startsWith("Waiting for the migration lock on the version table "), first);
        assertTrue(first.contains("another migration run holds it (" + holderStart(kind)), first);
        assertTrue(first.endsWith(". Waiting up to 1 s for it to finish."), first);
        String again = warnings.get(1);
        assertTrue(again.startsWith("Still waiting for the migration lock on the version table "), again);
        assertTrue(again.contains(" after 500 ms: held by " + holderStart(kind)), again);
        for (String warning : warnings) {
            assertTrue(warning.contains(holder), warning + " does not name " + holder);
            assertTrue(log.lines().contains("WARNING " + warning), log.lines().toString());
        }
    }

    /** What the messages say of the test's connection, which the database knows by these. */
    private static String describeHolder(DatabaseKind kind, Connection holding) throws Exception {
        switch (kind) {
            case POSTGRESQL -> {
                holding.setClientInfo("ApplicationName", "lock-holder-test");
                return "PostgreSQL backend pid " + single(holding, "SELECT pg_backend_pid()")
                        + ", application \"lock-holder-test\", client ";
            }
            case MYSQL -> {
                return "connection id " + single(holding, "SELECT CONNECTION_ID()") + ", user ";
            }
            default -> {
                return LockMessage.HOLDER_UNKNOWN.format();
            }
        }
    }

    private static String holderStart(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> "PostgreSQL backend pid ";
            case MYSQL -> "connection id ";
            default -> LockMessage.HOLDER_UNKNOWN.format();
        };
    }

    private static String single(Connection connection, String query) throws Exception {
        try (Statement s = connection.createStatement(); ResultSet row = s.executeQuery(query)) {
            row.next();
            return row.getString(1);
        }
    }
}
