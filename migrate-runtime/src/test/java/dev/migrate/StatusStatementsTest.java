package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.StatementLog;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What {@link Migrator#status()} and {@link Migrator#liveStatus()} cost the history table: one
 * scan of the revision rows, whatever the history's length, which serves the unapplied ancestors,
 * the checksums and the failures; a second statement reads the failed rows only when the scan saw
 * one.
 */
class StatusStatementsTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aStatusReadsTheHistoryOnceAndTheFailedRowsWhenThereAreSome(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            StatementLog log = new StatementLog(db.dataSource());
            try (Migrator migrator = Migrator.builder().dataSource(log.dataSource())
                    .classLoader(new IndexClassLoader(ShopIndex.class)).build()) {
                migrator.upgrade("heads");
            }
            try (Migrator edited = Migrator.builder().dataSource(log.dataSource())
                    .classLoader(new IndexClassLoader(ShopIndex.Edited.class)).build()) {
                log.clear();
                Status status = edited.status();
                assertEquals(new Status(List.of("c3"), List.of(), List.of(), List.of("a1")), status);
                assertEquals(1, historyReads(log), log.statements().toString());

                log.clear();
                assertEquals(status, edited.liveStatus().status());
                assertEquals(1, historyReads(log), log.statements().toString());

                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                    s.executeUpdate("INSERT INTO migrate_history (revision, direction, message, checksum, status,"
                            + " started_at, duration_ms, error, installed_by, in_transaction) VALUES ('c3', 'downgrade',"
                            + " 'm', NULL, 'failed', CURRENT_TIMESTAMP, 1, 'boom', 'tester', FALSE)");
                }
                log.clear();
                assertEquals(List.of("c3"), edited.status().failed());
                assertEquals(2, historyReads(log), log.statements().toString());
                log.clear();
                assertEquals(List.of("c3"), edited.liveStatus().status().failed());
                assertEquals(2, historyReads(log), log.statements().toString());
            }
        }
    }

    /** The statements that name the history table (the lock table's name differs). */
    private static long historyReads(StatementLog log) {
        return log.statements().stream().filter(sql -> sql.toLowerCase(Locale.ROOT).contains("migrate_history")).count();
    }
}
