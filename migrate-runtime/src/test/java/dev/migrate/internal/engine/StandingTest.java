package dev.migrate.internal.engine;

import static dev.migrate.internal.engine.Scenarios.labelled;
import static dev.migrate.internal.engine.Scenarios.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.MigrationException;
import dev.migrate.report.CommandNames;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Placing version rows this build does not have, from a recorded lineage held in memory. */
class StandingTest {

    /** The history table's lineage column, counting the lookups. */
    static final class Recorded implements LineageSource {
        final Map<String, String> texts = new HashMap<>();
        int lookups;
        int readAll;

        Recorded with(String id, String lineage) {
            texts.put(id, lineage);
            return this;
        }

        @Override
        public Map<String, String> recorded(Collection<String> revisions) {
            lookups++;
            Map<String, String> found = new HashMap<>();
            revisions.forEach(id -> {
                if (texts.containsKey(id)) {
                    found.put(id, texts.get(id));
                }
            });
            return found;
        }

        @Override
        public Map<String, String> all() {
            readAll++;
            return Map.copyOf(texts);
        }
    }

    /** This build: a1 <- a2 on branch "a", b1 <- b2 on branch "b". */
    private static RevisionMap twoBranches() {
        return new RevisionMap(List.of(labelled("a1", "a"), rev("a2", "a1"), labelled("b1", "b"), rev("b2", "b1")));
    }

    @Test
    void lineageTextRoundTrips() {
        assertEquals("", Lineage.text(List.of(), List.of()));
        assertEquals("a1,b1;c1", Lineage.text(List.of("a1", "b1"), List.of("c1")));
        assertEquals(new Lineage(List.of("a1", "b1"), List.of("c1")), Lineage.parse("a1,b1;c1"));
        assertEquals(new Lineage(List.of(), List.of("c1")), Lineage.parse(";c1"));
        assertEquals(new Lineage(List.of(), List.of()), Lineage.parse(""));
    }

    @Test
    void newerRevisionsOnEachBranchAndAMergeAreAhead() {
        Recorded history = new Recorded().with("a3", "a2").with("b3", "b2").with("m4", "a3,b3");

        Standing standing = Standing.of(twoBranches(), Set.of("m4"), history);

        assertEquals(List.of("a3", "b3", "m4"), standing.revisions());
        assertEquals(EngineMessage.AHEAD.format("a3, b3, m4", "a2, b2"), standing.warning());
        // One lookup for the row, one for the level below it.
        assertEquals(2, history.lookups);
    }

    @Test
    void aKnownHeadRowNextToANewerBranchIsAhead() {
        // The newer build branched off a1 with a revision of its own, and kept a2 and b2.
        Recorded history = new Recorded().with("c2", "a1;b");

        assertEquals(List.of("c2"), Standing.of(twoBranches(), Set.of("a2", "b2", "c2"), history).revisions());
    }

    @Test
    void aDependencyOnALabelOfTheNewerBuildIsSkipped() {
        Recorded history = new Recorded().with("a3", "a2").with("x1", ";b2").with("b3", "b2;x");

        assertEquals(List.of("a3", "b3"), Standing.of(twoBranches(), Set.of("a3", "b3"), history).revisions());
    }

    @Test
    void aLongLineOfNewerRevisionsIsReadAtOnce() {
        Recorded history = new Recorded().with("n0", "a2");
        for (int i = 1; i <= 40; i++) {
            history.with("n" + i, "n" + (i - 1));
        }

        Standing standing = Standing.of(twoBranches(), Set.of("n40", "b2"), history);

        assertEquals(41, standing.revisions().size());
        assertEquals(1, history.readAll);
        assertEquals(16, history.lookups);
    }

    @Test
    void rowsThatDoNotDescendFromTheHeadsAreRefusedEachWithItsReason() {
        Recorded history = new Recorded().with("p1", "").with("x2", "q1");

        MigrationException e = assertThrows(MigrationException.class,
                () -> Standing.of(twoBranches(), Set.of("b2", "p1", "x2", "zz"), history));

        assertEquals(EngineMessage.DIVERGED.format("p1, x2, zz", "a2, b2", String.join(System.lineSeparator(),
                EngineMessage.ROW_OF_NOTHING_HERE.format("p1"),
                EngineMessage.ROW_WITHOUT_LINEAGE.format("x2", "q1"),
                EngineMessage.ROW_WITHOUT_LINEAGE.format("zz", "zz")),
                CommandNames.API.merge(), CommandNames.API.stamp(true, "<revision>")), e.getMessage());
    }

    @Test
    void aBranchOffBelowAHeadIsDiverged() {
        Recorded history = new Recorded().with("c2", "a1,b1");

        MigrationException e = assertThrows(MigrationException.class,
                () -> Standing.of(twoBranches(), Set.of("b2", "c2"), history));

        assertEquals(EngineMessage.DIVERGED.format("c2", "a2, b2", EngineMessage.ROW_BRANCHES_OFF.format("c2",
                "a1, b1", "a2"), CommandNames.API.merge(), CommandNames.API.stamp(true, "<revision>")), e.getMessage());
    }

    @Test
    void aRowWhoseLackingHeadStandsWhereItStoodIsSaidGoneWithTheHeadNeverRun() {
        // a2 stands on a1, as c2 did: c2 renamed a2 after it ran, or a branch that diverged at a1.
        Recorded history = new Recorded().with("c2", "a1");

        MigrationException e = assertThrows(MigrationException.class,
                () -> Standing.of(twoBranches(), Set.of("b2", "c2"), history));

        assertEquals(EngineMessage.DIVERGED.format("c2", "a2, b2", EngineMessage.ROW_RENAMED.format("c2", "a2",
                "a1"), CommandNames.API.merge(), CommandNames.API.stamp(true, "<revision>")), e.getMessage());
    }

    @Test
    void upgradeTargetsWithinTheBuildAreAcceptedAndOthersRefused() {
        Standing standing = Standing.of(twoBranches(), Set.of("a3", "b2"), new Recorded().with("a3", "a2"));

        for (String within : List.of("heads", "a2", "a@head", "b", "base", "a1+1", "b1")) {
            standing.requireWithinBuild(within);
        }
        for (String above : List.of("a3", "+1", "a@+1", "a3+1", "a2+1")) {
            MigrationException e = assertThrows(MigrationException.class, () -> standing.requireWithinBuild(above));
            assertTrue(e.getMessage().startsWith(EngineMessage.AHEAD_ABOVE.format(above, "a3")), e.getMessage());
        }
        MigrationException unknown = assertThrows(MigrationException.class, () -> standing.requireWithinBuild("nope"));
        assertEquals(EngineMessage.UNKNOWN_REVISION.format("nope"), unknown.getMessage());
    }
}
