package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.internal.command.RuntimeMessage;
import dev.migrate.report.CommandNames;
import dev.migrate.spi.RevisionIndex;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A revision that fails half-way outside a transaction blocks later runs until someone repairs the
 * database and calls {@link Migrator#markResolved(String)}; on H2, PostgreSQL and MariaDB.
 */
class MarkResolvedTest {

    private static Migrator migrator(DataSource dataSource, Class<? extends RevisionIndex> index) {
        return Migrator.builder().dataSource(dataSource).classLoader(new IndexClassLoader(index)).build();
    }

    private static void execute(DataSource dataSource, String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static List<String> statuses(DataSource dataSource, String revision) throws SQLException {
        List<String> statuses = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rows = s.executeQuery("SELECT status FROM migrate_history WHERE revision = '" + revision
                        + "' ORDER BY id")) {
            while (rows.next()) {
                statuses.add(rows.getString(1));
            }
        }
        return statuses;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aHalfAppliedRevisionBlocksUntilMarkedResolved(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            DataSource ds = db.dataSource();
            try (Migrator broken = migrator(ds, FailingIndex.class)) {
                MigrationException failed = assertThrows(MigrationException.class, () -> broken.upgrade("heads"));
                assertTrue(failed.getMessage().contains("mark the failure resolved with "
                        + CommandNames.API.resolve("half02") + "."), failed.getMessage());
                assertEquals(List.of("base01"), broken.current());

                MigrationException blocked = assertThrows(MigrationException.class, () -> broken.upgrade("heads"));
                assertTrue(blocked.getMessage().startsWith("A previous run failed outside a transaction"),
                        blocked.getMessage());
                assertTrue(blocked.getMessage().contains("revision half02 (upgrade) failed at"), blocked.getMessage());
                assertTrue(blocked.getMessage().contains("Then mark the failure resolved with"
                        + " Migrator.markResolved(\"half02\"), which records a rolled_back history row"),
                        blocked.getMessage());
                assertThrows(MigrationException.class, () -> broken.downgrade("base"));
                Status status = broken.status();
                assertEquals(List.of("half02"), status.failed());
                assertFalse(status.upToDate());
            }

            // The operator undoes what ran, fixes the revision, and marks the failure resolved.
            execute(ds, "DROP TABLE half");
            try (Migrator fixed = migrator(ds, FailingIndex.Fixed.class)) {
                ResolvedFailure resolved = fixed.markResolved("half02");

                assertEquals("half02", resolved.revision());
                assertEquals(Direction.UPGRADE, resolved.direction());
                assertTrue(resolved.error().contains("INSERT INTO nowhere"), resolved.error());
                assertEquals(List.of("failed", "rolled_back"), statuses(ds, "half02"));
                assertEquals(List.of(), fixed.status().failed());
                assertEquals(List.of("half02", "tail03"), fixed.status().pending());
                assertEquals(List.of("base01"), fixed.current());

                assertEquals(List.of("half02", "tail03"), fixed.upgrade("heads"));
                assertTrue(fixed.status().upToDate());
                assertEquals(List.of("failed", "rolled_back", "applied"), statuses(ds, "half02"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aPrefixNamesTheFailedRevisionAndNothingElseIsResolved(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = migrator(db.dataSource(), FailingIndex.class)) {
            assertThrows(MigrationException.class, () -> migrator.upgrade("heads"));

            MigrationException applied = assertThrows(MigrationException.class, () -> migrator.markResolved("base01"));
            assertEquals("Revision base01 has no failure to resolve: its last step (upgrade) was applied."
                    + " Revisions with a failure to resolve: half02", applied.getMessage());
            MigrationException never = assertThrows(MigrationException.class, () -> migrator.markResolved("tail03"));
            assertEquals(RuntimeMessage.NOTHING_TO_RESOLVE.format("tail03", RuntimeMessage.NEVER_RAN.format(), "half02"),
                    never.getMessage());
            MigrationException unknown = assertThrows(MigrationException.class, () -> migrator.markResolved("zzzz99"));
            assertTrue(unknown.getMessage().startsWith("Cannot mark 'zzzz99' resolved: No revision or branch label is"
                    + " named 'zzzz99'"), unknown.getMessage());
            assertTrue(unknown.getMessage().endsWith("Give the id of a failed revision; those with a failure to"
                    + " resolve: half02"), unknown.getMessage());
            assertEquals(List.of("half02"), migrator.status().failed());

            assertEquals("half02", migrator.markResolved("half").revision());

            MigrationException again = assertThrows(MigrationException.class, () -> migrator.markResolved("half02"));
            assertEquals(RuntimeMessage.NOTHING_TO_RESOLVE.format("half02", RuntimeMessage.ALREADY_RESOLVED.format(),
                    "(none)"), again.getMessage());
        }
    }

    @Test
    void aFailureRolledBackWithItsTransactionNeedsNoResolving() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.POSTGRESQL);
                Migrator migrator = migrator(db.dataSource(), FailingIndex.InTransaction.class)) {
            assertThrows(MigrationException.class, () -> migrator.upgrade("heads"));
            assertEquals(List.of(), migrator.status().failed());

            MigrationException e = assertThrows(MigrationException.class, () -> migrator.markResolved("half02"));

            assertEquals("Revision half02 has no failure to resolve: its failure was rolled back with its transaction,"
                    + " so it blocks nothing. Revisions with a failure to resolve: (none)", e.getMessage());
            assertEquals(List.of("failed"), statuses(db.dataSource(), "half02"));
        }
    }

    @Test
    void aDatabaseWithoutTablesHasNothingToResolve() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2);
                Migrator migrator = migrator(db.dataSource(), FailingIndex.class)) {
            MigrationException e = assertThrows(MigrationException.class, () -> migrator.markResolved("half02"));

            assertEquals(RuntimeMessage.NOTHING_TO_RESOLVE.format("half02", RuntimeMessage.NEVER_RAN.format(), "(none)"),
                    e.getMessage());
            MigrationException base = assertThrows(MigrationException.class, () -> migrator.markResolved("base"));
            assertEquals("Cannot mark 'base' resolved: it names no revision. Give the id of a failed revision; those"
                    + " with a failure to resolve: (none)", base.getMessage());
        }
    }
}
