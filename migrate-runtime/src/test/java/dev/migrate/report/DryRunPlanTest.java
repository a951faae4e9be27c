package dev.migrate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.IndexClassLoader;
import dev.migrate.Migrator;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The plan every front end's dry run prints: read from the database, which it leaves as it was. */
class DryRunPlanTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void plansFromTheCurrentRowsAndWritesNothing(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = Migrator.builder().dataSource(db.dataSource())
                        .classLoader(new IndexClassLoader(BranchedIndex.class)).build()) {
            migrator.upgrade("b2");
            int runs = migrator.runs().size();

            DryRunPlan up = DryRunPlan.upgrade(migrator, "d4");
            assertEquals("upgrade", up.command());
            assertEquals(2, up.steps().size(), up.sql());
            assertTrue(up.steps().get(0).startsWith("upgrade a1 -> c3"), up.steps().toString());
            assertTrue(up.steps().get(1).startsWith("upgrade b2, c3 -> d4"), up.steps().toString());
            assertTrue(up.sql().contains("d4"), up.sql());
            assertEquals("dry run: upgrade to d4 would run 2 revision(s):\n  " + String.join("\n  ", up.steps())
                    + "\nnothing was written", up.summary());

            DryRunPlan down = DryRunPlan.downgrade(migrator, "base");
            assertEquals(2, down.steps().size(), down.sql());
            assertTrue(down.steps().get(0).startsWith("downgrade b2 -> a1"), down.steps().toString());

            assertEquals(List.of("b2"), migrator.current());
            assertEquals(runs, migrator.runs().size());
        }
    }

    @Test
    void nothingToRunSaysSo() {
        assertEquals("dry run: upgrade to heads would run 0 revision(s)\nnothing was written",
                new DryRunPlan("upgrade", "heads", List.of(), "-- nothing\n").summary());
        assertEquals("dry run: stamp heads (purging the version table first) would leave the version table at: d4, f6"
                + "\nnothing was written", DryRunPlan.stampSummary("heads", true, List.of("d4", "f6")));
        assertEquals("dry run: stamp base would leave the version table at: none\nnothing was written",
                DryRunPlan.stampSummary("base", false, List.of()));
    }
}
