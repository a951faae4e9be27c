package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The public entry point end to end, on H2, PostgreSQL and MariaDB. */
class MigratorTest {

    private static Migrator migrator(DataSource dataSource, Class<? extends dev.migrate.spi.RevisionIndex> index,
            MigrationListener listener) {
        return Migrator.builder().dataSource(dataSource).classLoader(new IndexClassLoader(index)).listener(listener)
                .build();
    }

    private static Migrator migrator(DataSource dataSource) {
        return migrator(dataSource, ShopIndex.class, new MigrationListener() {});
    }

    static boolean tableExists(DataSource dataSource, String table) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeQuery("SELECT COUNT(*) FROM " + table).close();
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void upgradeToHeadsRunsEveryRevisionInOrder(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            List<String> events = new ArrayList<>();
            MigrationListener listener = new MigrationListener() {
                @Override public void planned(Direction direction, int steps) {
                    events.add(direction + " of " + steps);
                }
                @Override public void started(RevisionInfo revision, Direction direction) {
                    events.add("start " + revision.id());
                }
                @Override public void finished(RevisionInfo revision, Direction direction, Duration took) {
                    events.add("done " + revision.id() + (revision.head() ? " (head)" : ""));
                }
            };
            try (Migrator migrator = migrator(db.dataSource(), ShopIndex.class, listener)) {
                assertEquals(List.of("a1", "b2", "c3"), migrator.upgrade("heads"));

                assertEquals(List.of("c3"), migrator.current());
                assertEquals(List.of("UPGRADE of 3", "start a1", "done a1", "start b2", "done b2", "start c3",
                        "done c3 (head)"), events);
                assertTrue(tableExists(db.dataSource(), "orders"));
                List<RevisionInfo> history = migrator.history();
                assertEquals(List.of("c3", "b2", "a1"), history.stream().map(RevisionInfo::id).toList());
                assertTrue(history.stream().allMatch(RevisionInfo::applied));
                assertEquals(List.of(true, false, false), history.stream().map(RevisionInfo::head).toList());
                assertEquals(List.of(), migrator.upgrade("heads"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void downgradeOneStepThenUpgradeAgain(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = migrator(db.dataSource())) {
            migrator.upgrade("heads");

            assertEquals(List.of("c3"), migrator.downgrade("-1"));
            assertEquals(List.of("b2"), migrator.current());
            assertEquals(List.of(false, true, true), migrator.history().stream().map(RevisionInfo::applied).toList());

            assertEquals(List.of("c3"), migrator.upgrade("+1"));
            assertEquals(List.of("c3", "b2", "a1"), migrator.downgrade("base"));
            assertEquals(List.of(), migrator.current());
            assertTrue(!tableExists(db.dataSource(), "customers"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void badTargetChangesNothing(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = migrator(db.dataSource())) {
            MigrationException e = assertThrows(MigrationException.class, () -> migrator.upgrade("nope"));

            assertTrue(e.getMessage().contains("nope"), e.getMessage());
            assertTrue(!tableExists(db.dataSource(), "migrate_version"), "the version table must not be created");
            assertEquals(List.of(), migrator.current());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void stampSetsTheVersionWithoutRunningAnything(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = migrator(db.dataSource())) {
            assertEquals(List.of("b2"), migrator.stamp("b2"));

            assertEquals(List.of("b2"), migrator.current());
            assertTrue(!tableExists(db.dataSource(), "customers"));
            assertEquals(List.of("c3"), migrator.status().pending());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void stampPlanSaysWhatAStampWouldLeaveAndWritesNothing(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = migrator(db.dataSource())) {
            assertEquals(List.of("b2"), migrator.stampPlan(false, "b2"));
            assertTrue(!tableExists(db.dataSource(), "migrate_version"), "a plan on an empty database creates nothing");
            migrator.stamp("a1");

            assertEquals(List.of("c3"), migrator.stampPlan(false, "heads"));
            assertEquals(List.of(), migrator.stampPlan(true, "base"));
            assertEquals(List.of("a1"), migrator.current());
            assertThrows(MigrationException.class, () -> migrator.stampPlan(false, "nosuch"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    @SuppressWarnings("deprecation") // toJson keeps its old shape for existing callers
    void statusReportsPendingRevisionsAsJson(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = migrator(db.dataSource())) {
            migrator.upgrade("a1");

            Status status = migrator.status();

            assertEquals("{\"upToDate\":false,\"current\":[\"a1\"],\"pending\":[\"b2\",\"c3\"],\"failed\":[],"
                    + "\"checksumMismatches\":[],\"ahead\":[]}", status.toJson());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void editedSourceOfAnAppliedRevisionBlocksTheUpgrade(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            try (Migrator migrator = migrator(db.dataSource())) {
                migrator.upgrade("b2");
            }
            try (Migrator edited = migrator(db.dataSource(), ShopIndex.Edited.class, new MigrationListener() {})) {
                assertEquals(List.of("a1"), edited.status().checksumMismatches());
                MigrationException e = assertThrows(MigrationException.class, () -> edited.upgrade("heads"));
                assertEquals("The source of applied revisions changed since they were applied: a1. Restore their"
                        + " source, or move the change into a new revision; to run anyway, turn checksum validation off:"
                        + " validateChecksums(false) on the Migrator builder, or -Dmigrate.validateChecksums=false with"
                        + " the Maven plugin", e.getMessage());
                assertEquals(List.of("b2"), edited.current());
            }
            try (Migrator unchecked = Migrator.builder().dataSource(db.dataSource())
                    .classLoader(new IndexClassLoader(ShopIndex.Edited.class)).validateChecksums(false).build()) {
                assertEquals(List.of("c3"), unchecked.upgrade("heads"));
            }
        }
    }

    @org.junit.jupiter.api.Test
    void urlPasswordNeverAppearsInTheMessage() {
        MigrationException e = assertThrows(MigrationException.class, () -> Migrator.builder()
                .url("jdbc:postgresql://127.0.0.1:1/test?password=s3cret-in-url", "someone", "s3cret-given")
                .classLoader(new IndexClassLoader(ShopIndex.class)).build().upgrade("heads"));

        assertTrue(!e.getMessage().contains("s3cret"), e.getMessage());
    }

    @org.junit.jupiter.api.Test
    void databaseMustBeConfigured() {
        MigrationException e = assertThrows(MigrationException.class, () -> Migrator.builder().build());

        assertEquals("Configure exactly one database: call dataSource(...) or url(...) on Migrator.builder()",
                e.getMessage());
    }
}
