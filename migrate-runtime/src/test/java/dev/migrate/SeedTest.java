package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.spi.RevisionIndex;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Seeds per environment, cleaned or appended, recorded in the history; reset, and both in production. */
class SeedTest {

    private static Migrator migrator(TestDatabase db, Class<? extends RevisionIndex> index, String environment,
            String confirm) {
        return Migrator.builder().dataSource(db.dataSource()).classLoader(new IndexClassLoader(index))
                .environment(environment).confirm(confirm).build();
    }

    private static Migrator migrator(TestDatabase db, String environment) {
        return migrator(db, SeedIndex.class, environment, null);
    }

    /** The seed rows of the history, oldest first, as {@code seed status checksum}. */
    private static List<String> seedHistory(TestDatabase db) throws Exception {
        return Rows.query(db.dataSource(), "SELECT revision, status, checksum FROM migrate_history"
                + " WHERE direction = 'seed' ORDER BY id");
    }

    private static List<String> items(TestDatabase db) throws Exception {
        return Rows.query(db.dataSource(), "SELECT id, name, env FROM sitems ORDER BY id, env");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void seedsOfTheEnvironmentLoadOnceCleanedFirstOrAppended(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator dev = migrator(db, "dev")) {
            dev.upgrade("b2");
            SeedResult first = dev.seed();
            // a1's seed before catalog's (b2); late waits for c3; staging's and broken's are other environments'.
            assertEquals(List.of("dev_items", "all_items"), first.loaded());
            assertEquals(List.of("all_items", "dev_items"), first.cleaned());
            assertEquals(List.of("late"), first.waiting());
            assertEquals(List.of("1 apple, red dev", "2 null dev"), items(db));
            assertEquals(List.of("10 all null"), Rows.query(db.dataSource(), "SELECT id, name, env FROM sother"));
            assertEquals(List.of("all_items cleaned sum-all", "dev_items cleaned sum-dev", "dev_items loaded sum-dev",
                    "all_items loaded sum-all"), seedHistory(db));
            assertEquals(1, Rows.query(db.dataSource(), "SELECT COUNT(*) FROM migrate_history WHERE direction = 'seed'"
                    + " AND duration_ms >= 0 AND in_transaction = " + (kind == DatabaseKind.MYSQL ? "1" : "TRUE")
                    + " AND revision = 'dev_items' AND status = 'loaded'").size());
            assertTrue(first.summary().startsWith("seeded environment dev: 2 seed(s) loaded (dev_items, all_items),"
                    + " each cleaned first"), first.summary());

            // Again: nothing changed, nothing runs.
            SeedResult again = dev.seed();
            assertEquals(List.of(), again.loaded());
            assertEquals(List.of(), again.cleaned());
            assertEquals(List.of("dev_items", "all_items"), again.unchanged());
            assertTrue(again.summary().contains("to load them again, Migrator.seed(new SeedOptions(false, true))"),
                    again.summary());
            assertEquals(4, seedHistory(db).size());

            // Forced: cleaned and loaded again, so the rows are the same.
            SeedResult forced = dev.seed(SeedOptions.DEFAULT.withForce(true));
            assertEquals(List.of("dev_items", "all_items"), forced.loaded());
            assertEquals(List.of("1 apple, red dev", "2 null dev"), items(db));
            // Appended: no clean, so the rows are there twice.
            SeedResult appended = dev.seed(new SeedOptions(true, true));
            assertEquals(List.of(), appended.cleaned());
            assertEquals(List.of("1 apple, red dev", "1 apple, red dev", "2 null dev", "2 null dev"), items(db));
            assertEquals(10, seedHistory(db).size());

            // The revisions' bookkeeping ignores the seed rows.
            assertEquals(List.of("a1", "b2"), List.copyOf(dev.runs().keySet()));
            assertEquals(List.of(), dev.status().failed());
            dev.upgrade("heads");
            SeedResult afterUpgrade = dev.seed();
            assertEquals(List.of("late"), afterUpgrade.loaded());
            assertEquals(List.of("dev_items", "all_items"), afterUpgrade.unchanged());
        }
        try (TestDatabase db = TestDatabase.open(kind)) {
            try (Migrator dev = migrator(db, "dev")) {
                dev.upgrade("b2");
                dev.seed();
            }
            // An edited seed loads again, cleaned first; the other stays.
            try (Migrator edited = migrator(db, SeedIndex.Edited.class, "dev", null)) {
                SeedResult result = edited.seed();
                assertEquals(List.of("dev_items"), result.loaded());
                assertEquals(List.of("all_items"), result.unchanged());
                assertEquals(List.of("1 apple, red dev", "2 null dev"), items(db));
                assertEquals("dev_items loaded sum-dev-edited", seedHistory(db).get(seedHistory(db).size() - 1));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void eachEnvironmentGetsItsOwnSeeds(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            try (Migrator staging = migrator(db, "STAGING")) {
                staging.upgrade("heads");
                assertEquals(List.of("staging_items", "all_items"), staging.seed().loaded());
            }
            // dev's seeds are absent in staging.
            assertEquals(List.of("3 stage staging"), items(db));
            try (Migrator none = migrator(db, null)) {
                SeedResult result = none.seed();
                assertEquals(List.of(), result.loaded());
                assertEquals(List.of("all_items"), result.unchanged());
                assertTrue(result.summary().startsWith("nothing to seed for no environment set"), result.summary());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aFailingSeedIsRolledBackAndRecorded(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator broken = migrator(db, "broken")) {
            broken.upgrade("a1");
            MigrationException failure = assertThrows(MigrationException.class, broken::seed);
            assertTrue(failure.getMessage().startsWith("Seed broken failed to load: the database rejected the"
                    + " statement"), failure.getMessage());
            assertTrue(failure.getMessage().contains("Its changes were rolled back; fix the seed and run"
                    + " Migrator.seed(new SeedOptions(false, false)) again"), failure.getMessage());
            assertEquals(List.of(), items(db));
            assertEquals(List.of("broken cleaned sum-broken", "broken failed sum-broken"), seedHistory(db));
            // A failed seed blocks no revision.
            assertEquals(List.of("b2", "c3"), broken.upgrade("heads"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void resetAndCleaningSeedsInProductionNeedTheDatabasesName(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            String name = ProductionEnvironmentTest.databaseName(db);
            try (Migrator setup = migrator(db, "prod")) {
                setup.upgrade("heads");
                // Appending cleans nothing: no confirmation needed.
                assertEquals(List.of("all_items"), setup.seed(SeedOptions.DEFAULT.withAppend(true)).loaded());
            }
            int rows = Rows.query(db.dataSource(), "SELECT id FROM migrate_history").size();
            try (Migrator prod = migrator(db, SeedIndex.class, "prod", null)) {
                MigrationException reset = assertThrows(MigrationException.class, prod::reset);
                assertEquals("reset reverts every revision, applies them again and reloads the seeds, and the"
                        + " environment prod is production: confirm it by naming the database,"
                        + " Migrator.Builder.confirm(\"" + name + "\"). Nothing was written",
                        reset.getMessage().replace(name.toUpperCase(Locale.ROOT), name));
                MigrationException seed = assertThrows(MigrationException.class,
                        () -> prod.seed(SeedOptions.DEFAULT.withForce(true)));
                assertTrue(seed.getMessage().startsWith("seed cleans 1 seed(s) first (all_items), and the environment"
                        + " prod is production"), seed.getMessage());
                // Nothing to clean, nothing to confirm.
                assertEquals(List.of("all_items"), prod.seed().unchanged());
            }
            try (Migrator wrong = migrator(db, SeedIndex.class, "production", "another_db")) {
                MigrationException refused = assertThrows(MigrationException.class, wrong::reset);
                assertTrue(refused.getMessage().contains("the confirmation \"another_db\" does not name this database"),
                        refused.getMessage());
            }
            assertEquals(rows, Rows.query(db.dataSource(), "SELECT id FROM migrate_history").size(), "nothing written");
            assertEquals(List.of("10 all null"), Rows.query(db.dataSource(), "SELECT id, name, env FROM sother"));
            try (Migrator confirmed = migrator(db, SeedIndex.class, "prod", name.toLowerCase(Locale.ROOT))) {
                ResetResult reset = confirmed.reset();
                assertEquals(List.of("c3", "b2", "a1"), reset.reverted());
                assertEquals(List.of("a1", "b2", "c3"), reset.applied());
                assertEquals(List.of("all_items"), reset.seeds().loaded());
                assertEquals(List.of("c3"), confirmed.current());
                assertEquals(List.of("10 all null"), Rows.query(db.dataSource(), "SELECT id, name, env FROM sother"));
            }
        }
    }
}
