package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Alembic target cases end to end through {@link Migrator}, on H2, PostgreSQL and MariaDB:
 * each revision creates a table of its own, so the database shows which revisions ran.
 */
class MigratorTargetsTest {

    private final List<String> nothing = new ArrayList<>();

    private Migrator migrator(DataSource dataSource, Class<? extends dev.migrate.spi.RevisionIndex> index) {
        return Migrator.builder().dataSource(dataSource).classLoader(new IndexClassLoader(index))
                .listener(new MigrationListener() {
                    @Override
                    public void nothingToRun(Direction direction, String target, String reason) {
                        nothing.add(direction + " " + target + ": " + reason);
                    }
                }).build();
    }

    private static void assertTables(DataSource dataSource, List<String> present, List<String> absent)
            throws Exception {
        for (String id : present) {
            assertTrue(MigratorTest.tableExists(dataSource, "t_" + id), "t_" + id + " should exist");
        }
        for (String id : absent) {
            assertFalse(MigratorTest.tableExists(dataSource, "t_" + id), "t_" + id + " should be gone");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void downgradeToBasePlusNRevertsOnlyTheRevisionsAboveTheNth(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = migrator(db.dataSource(), TargetGraphIndexes.TwoBranches.class)) {
            migrator.upgrade("heads");

            assertEquals(List.of("d1", "c1", "d2", "c2"), migrator.downgrade("base+2"));
            assertEquals(List.of("b"), migrator.current());
            assertTables(db.dataSource(), List.of("a", "b"), List.of("c1", "d1", "c2", "d2"));

            migrator.upgrade("heads");
            assertEquals(List.of("d2", "c2"), migrator.downgrade("c2branch@base+2"));
            assertEquals(List.of("d1"), migrator.current());
            assertTables(db.dataSource(), List.of("a", "b", "c1", "d1"), List.of("c2", "d2"));

            assertEquals(List.of("d1"), migrator.downgrade("c1branch@base+3"));
            assertEquals(List.of("c1"), migrator.current());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void upgradeToBasePlusOneOnAnEmptyDatabaseAppliesTheFirstRevision(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = migrator(db.dataSource(), TargetGraphIndexes.TwoBranches.class)) {
            assertEquals(List.of("a"), migrator.upgrade("base+1"));
            assertEquals(List.of("a"), migrator.current());
            assertEquals(List.of("b", "c2"), migrator.upgrade("c2branch@base+3"));
            assertEquals(List.of("c2"), migrator.current());
            assertTables(db.dataSource(), List.of("a", "b", "c2"), List.of("c1", "d1", "d2"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void revertingAMergeOverADependencyLeavesTheRowAlembicLeaves(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = migrator(db.dataSource(), TargetGraphIndexes.DependsMerge.class)) {
            assertEquals(List.of("a1", "b1", "bmerge"), migrator.upgrade("heads"));

            assertEquals(List.of("bmerge"), migrator.downgrade("a1"));
            // b1 depends on a1, so its row stands for both (Alembic #1373); [a1, b1] would block the next upgrade.
            assertEquals(List.of("b1"), migrator.current());
            assertEquals(List.of("bmerge"), migrator.upgrade("heads"));
            assertEquals(List.of("bmerge"), migrator.downgrade("b1"));
            assertEquals(List.of("b1"), migrator.current());
            assertTables(db.dataSource(), List.of("a1", "b1"), List.of("bmerge"));

            assertEquals(List.of("b1", "a1"), migrator.downgrade("base"));
            assertEquals(List.of(), migrator.current());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void upgradeToAnAppliedRevisionSucceedsWithoutChangingAnything(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = migrator(db.dataSource(), TargetGraphIndexes.TwoBranches.class)) {
            migrator.upgrade("heads");
            int historyRows = migrator.history().size();

            assertEquals(List.of(), migrator.upgrade("a"));
            assertEquals(List.of(), migrator.upgrade("c1"));
            assertEquals(List.of(), migrator.upgrade("d2"));
            assertEquals(List.of("d1", "d2"), migrator.current());
            assertEquals(historyRows, migrator.history().size());
            assertEquals(List.of("UPGRADE a: already at or above a (the database is at d1, d2); nothing to apply",
                    "UPGRADE c1: already at or above c1 (the database is at d1, d2); nothing to apply",
                    "UPGRADE d2: already at or above d2 (the database is at d1, d2); nothing to apply"), nothing);
            assertTables(db.dataSource(), List.of("a", "b", "c1", "d1", "c2", "d2"), List.of());

            // Strict where Alembic guesses: a relative step from two current revisions names no one revision.
            MigrationException ambiguous = assertThrows(MigrationException.class, () -> migrator.upgrade("+1"));
            assertTrue(ambiguous.getMessage().contains("the database is at 2 revisions: d1, d2"), ambiguous.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void everyKindOfTargetEndsInAResultOrAMigrationException(DatabaseKind kind) throws Exception {
        // RevisionMapAnyTargetTest tries every target against every set of rows; here the run path too.
        List<String> targets = List.of("head", "base+1", "base+9", "base-1", "heads+1", "c", "c1branch@head",
                "c2branch@base+3", "c2branch@-1", "b+1", "d1-2", "nope", "", "@", "x@y", "'; DROP TABLE t_a; --");
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = migrator(db.dataSource(), TargetGraphIndexes.TwoBranches.class)) {
            for (String start : List.of("base", "c1", "heads")) {
                List<String> startRows = migrator.stamp(true, start);
                for (String target : targets) {
                    for (int command = 0; command < 3; command++) {
                        List<String> changed;
                        try {
                            changed = switch (command) {
                                case 0 -> migrator.upgrade(target);
                                case 1 -> migrator.downgrade(target);
                                default -> startRows.equals(migrator.stamp(target)) ? List.of() : List.of(target);
                            };
                        } catch (MigrationException expected) {
                            assertFalse(expected.getMessage().isBlank(), target);
                            changed = List.of();
                        }
                        if (!changed.isEmpty()) {
                            migrator.stamp(true, start);
                        }
                    }
                }
            }
            // Every refusal left the rows as they were; every change was undone by the stamp after it.
            assertEquals(List.of("d1", "d2"), migrator.current());
        }
    }
}
