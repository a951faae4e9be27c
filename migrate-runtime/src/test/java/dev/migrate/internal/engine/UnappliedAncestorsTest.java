package dev.migrate.internal.engine;

import static dev.migrate.internal.engine.Scenarios.rev;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.graph.RevisionNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The walk that tells revisions below the rows that never ran, on graphs with dependencies and long lines. */
class UnappliedAncestorsTest {

    private static RecordedRevision upgraded(String lineage) {
        return new RecordedRevision(true, lineage);
    }

    @Test
    void dependencyAddedToAnAppliedRevisionOnARevisionThatNeverRanIsFound() {
        // labeldep: a1 (alpha) <- a2 <- a3; b1 (beta) <- b2, b2 depending on alpha.
        RevisionMap map = Scenarios.map("labeldep");
        Map<String, RecordedRevision> recorded = Map.of("b1", upgraded(""), "b2", upgraded("b1"));

        // b2 ran before it depended on alpha: a1 is below b2 now, and never ran.
        assertEquals(List.of("a1"), UnappliedAncestors.find(map, Set.of("b2"), recorded).ids());
    }

    @Test
    void dependencyRecordedByLabelIsFollowed() {
        RevisionMap map = Scenarios.map("labeldep");
        Map<String, RecordedRevision> recorded = Map.of("a1", upgraded(""), "b1", upgraded(""),
                "b2", upgraded("b1;alpha"), "a3", new RecordedRevision(true, "a2"));

        // a2 has no row: the stamp of a3, which recorded it stood on a2, covers it.
        assertEquals(List.of(), UnappliedAncestors.find(map, Set.of("a3", "b2"), recorded).ids());
    }

    @Test
    void rowsOfTheBuildWithoutHistoryCoverEverythingBelowThem() {
        RevisionMap map = Scenarios.map("crossdep");

        assertEquals(List.of(), UnappliedAncestors.find(map, Set.of("a3", "b2"), Map.of("zz", upgraded(""))).ids());
    }

    @Test
    void aRowThisBuildLacksIsLeftToTheStanding() {
        RevisionMap map = Scenarios.map("linear");

        assertEquals(List.of(), UnappliedAncestors.find(map, Set.of("a9"), Map.of("a9", upgraded("a4"))).ids());
    }

    @Test
    void renamedRevisionIsPairedWithTheAppliedIdItReplaces() {
        // linear: a1 <- a2 <- a3 <- a4, where a2 was applied as x2.
        RevisionMap map = Scenarios.map("linear");
        Map<String, RecordedRevision> recorded = Map.of("a1", upgraded(""), "x2", upgraded("a1"),
                "a3", upgraded("x2"), "a4", upgraded("a3"));

        UnappliedAncestors found = UnappliedAncestors.find(map, Set.of("a4"), recorded);
        assertEquals(List.of("a2"), found.ids());
        assertEquals(Map.of("a2", "x2"), found.renamedFrom());
    }

    @Test
    void walksTenThousandRevisionsWithoutRecursion() {
        int length = 10_000;
        List<RevisionNode> nodes = new ArrayList<>(LongHistoryTest.chain(length));
        // r99999 inserted at the bottom: r00001 now revises it.
        nodes.set(1, rev(LongHistoryTest.id(1), "r99999"));
        nodes.add(rev("r99999", LongHistoryTest.id(0)));
        Map<String, RecordedRevision> recorded = new HashMap<>();
        for (int i = 0; i < length; i++) {
            recorded.put(LongHistoryTest.id(i), upgraded(i == 0 ? "" : LongHistoryTest.id(i - 1)));
        }

        UnappliedAncestors found = UnappliedAncestors.find(new RevisionMap(nodes),
                Set.of(LongHistoryTest.id(length - 1)), recorded);
        assertEquals(List.of("r99999"), found.ids());
        assertEquals(Map.of(), found.renamedFrom());
    }
}
