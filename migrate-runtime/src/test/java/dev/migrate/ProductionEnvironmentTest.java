package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.report.BranchedIndex;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** In production, destructive commands need the database's name as confirmation; elsewhere they run as always. */
class ProductionEnvironmentTest {

    private static Migrator migrator(TestDatabase db, String environment, String confirm) {
        return Migrator.builder().dataSource(db.dataSource()).classLoader(new IndexClassLoader(BranchedIndex.class))
                .environment(environment).confirm(confirm).build();
    }

    /** The name each database gives itself: H2's in-memory name, PostgreSQL's database, MariaDB's per-test database. */
    static String databaseName(TestDatabase db) {
        Matcher name = switch (db.kind()) {
            case H2 -> Pattern.compile("jdbc:h2:mem:([^;]+)").matcher(db.url());
            case POSTGRESQL -> Pattern.compile("jdbc:postgresql://[^/]+/([^?]+)").matcher(db.url());
            default -> Pattern.compile("(.+)").matcher(db.schema());
        };
        assertTrue(name.find(), db.kind().toString());
        return name.group(1);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void destructiveCommandsInProductionNeedTheDatabasesName(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            String name = databaseName(db);
            try (Migrator setup = migrator(db, null, null)) {
                setup.upgrade("d4");
            }
            int runs;
            try (Migrator prod = migrator(db, "Production", null)) {
                runs = prod.runs().size();
                MigrationException refused = assertThrows(MigrationException.class, () -> prod.downgrade("base"));
                assertEquals("downgrade to base reverts 4 revision(s), every one applied, and the environment"
                        + " Production is production: confirm it by naming the database, Migrator.Builder.confirm(\""
                        + name + "\"). Nothing was written", refused.getMessage().replace(name.toUpperCase(Locale.ROOT), name));
                MigrationException twoSteps = assertThrows(MigrationException.class, () -> prod.downgrade("a1"));
                assertTrue(twoSteps.getMessage().startsWith("downgrade to a1 reverts 3 revision(s), and the environment"),
                        twoSteps.getMessage());
                MigrationException purge = assertThrows(MigrationException.class, () -> prod.stamp(true, "heads"));
                assertTrue(purge.getMessage().startsWith("stamp with purge empties the version table, and the"),
                        purge.getMessage());
                assertThrows(MigrationException.class, () -> prod.requireConfirmed("reset drops every table"));
                // A dry run of the purging stamp writes nothing and needs no confirmation.
                assertEquals(List.of("e5"), prod.stampPlan(true, "heads"));
                assertEquals(List.of("d4"), prod.current());
                assertEquals(runs, prod.runs().size(), "nothing was written");
            }
            try (Migrator wrong = migrator(db, "prod", "another_db")) {
                MigrationException refused = assertThrows(MigrationException.class, () -> wrong.downgrade("base"));
                assertTrue(refused.getMessage().toLowerCase(Locale.ROOT).contains("the confirmation \"another_db\" does not"
                        + " name this database, " + name.toLowerCase(Locale.ROOT) + "; to go ahead"), refused.getMessage());
                assertEquals(List.of("d4"), wrong.current());
            }
            try (Migrator confirmed = migrator(db, "PROD", name)) {
                confirmed.requireConfirmed("reset drops every table");
                assertEquals(List.of("d4", "b2", "c3", "a1"), confirmed.downgrade("base"));
                assertEquals(List.of(), confirmed.current());
            }
            try (Migrator prod = migrator(db, "prod", null)) {
                prod.upgrade("b2");
                // One revision back is routine, even in production.
                assertEquals(List.of("b2"), prod.downgrade("-1"));
                assertEquals(List.of("a1"), prod.current());
            }
            try (Migrator staging = migrator(db, "staging", null)) {
                staging.upgrade("d4");
                staging.requireConfirmed("reset drops every table");
                assertEquals(4, staging.downgrade("base").size());
                assertFalse(staging.stamp(true, "heads").isEmpty());
            }
        }
    }
}
