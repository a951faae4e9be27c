package dev.migrate.internal.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrate.MigrationException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Heads, bases, history order, spread branch labels and resolved names, compared with what
 * Alembic 1.8.1 reports for the same graphs (src/test/alembic/expected.py).
 */
class RevisionMapStructureTest {

    /** heads and bases space-separated; history top down; then "id=label,label" per revision. */
    private static void assertStructure(String graph, String heads, String bases, String history, String... labels) {
        RevisionMap map = Scenarios.map(graph);
        assertEquals(split(heads), map.heads(), graph + " heads");
        assertEquals(split(bases), map.bases(), graph + " bases");
        assertEquals(split(history), map.history(), graph + " history");
        for (String entry : labels) {
            String[] parts = entry.split("=", -1);
            List<String> expected = parts[1].isEmpty() ? List.of() : Arrays.asList(parts[1].split(","));
            assertEquals(expected, map.branchLabels(parts[0]), graph + " labels of " + parts[0]);
        }
    }

    private static List<String> split(String words) {
        return words.isEmpty() ? List.of() : new ArrayList<>(Arrays.asList(words.split(" ")));
    }

    @Test
    void headsBasesHistoryAndLabelsMatchAlembic() {
        assertStructure("linear", "a4", "a1",
                "a4 a3 a2 a1",
                "a1=",
                "a2=",
                "a3=",
                "a4=");
        assertStructure("diamond", "r3", "r0",
                "r3 r2 r1a r1b r0",
                "r0=",
                "r1a=",
                "r1b=",
                "r2=",
                "r3=");
        assertStructure("three", "m", "r0",
                "m x y z r0",
                "m=",
                "r0=",
                "x=",
                "y=",
                "z=");
        assertStructure("forest", "a3 b2", "a1 b1",
                "a3 a2 a1 b2 b1",
                "a1=alpha",
                "a2=alpha",
                "a3=alpha",
                "b1=beta",
                "b2=beta");
        assertStructure("crossdep", "a3 b2", "a1 b1",
                "a3 b2 b1 a2 a1",
                "a1=alpha",
                "a2=alpha",
                "a3=alpha",
                "b1=beta",
                "b2=beta");
        assertStructure("labeldep", "a3 b2", "a1 b1",
                "a3 a2 b2 b1 a1",
                "a1=alpha",
                "a2=alpha",
                "a3=alpha",
                "b1=beta",
                "b2=beta");
        assertStructure("basedep", "a2 b2", "a1 b1",
                "a2 b2 b1 a1",
                "a1=alpha",
                "a2=alpha",
                "b1=beta",
                "b2=beta");
        assertStructure("split", "c2 d2", "r0",
                "c2 c1 d2 d1 r1 r0",
                "c1=left",
                "c2=left",
                "d1=right",
                "d2=right",
                "r0=",
                "r1=");
        assertStructure("partial", "b77001", "abc123",
                "b77001 abd456 abc123",
                "abc123=",
                "abd456=",
                "b77001=");
        assertStructure("downlabel", "a4", "a1",
                "a4 a3 a2 a1",
                "a1=top",
                "a2=top",
                "a3=top",
                "a4=top");
        assertStructure("overlap", "a b", "r0",
                "b a r0",
                "a=main",
                "b=main",
                "r0=main");
        assertStructure("mainsplit", "x y", "r0",
                "x y r0",
                "r0=main",
                "x=main",
                "y=main");
        assertStructure("mergedep", "c1 m", "c1 r0",
                "m a1 b1 r0 c1",
                "a1=",
                "b1=",
                "c1=gamma",
                "m=",
                "r0=");
        assertStructure("multidep", "a1 b1 c2", "a1 b1 c1",
                "c2 c1 a1 b1",
                "a1=alpha",
                "b1=beta",
                "c1=gamma",
                "c2=gamma");
    }

    @Test
    void namesResolveAsInAlembic() {
        assertEquals(List.of("a1"), Scenarios.map("forest").resolve("alpha"));
        assertEquals(List.of("b2"), Scenarios.map("forest").resolve("beta@head"));
        assertEquals(List.of("a3"), Scenarios.map("forest").resolve("alpha@heads"));
        assertEquals(List.of("a3", "b2"), Scenarios.map("forest").resolve("heads"));
        // Alembic: MultipleHeads: Multiple heads are present for given argument 'head'; a3, b2
        assertThrows(MigrationException.class, () -> Scenarios.map("forest").resolve("head"));
        assertEquals(List.of("c1"), Scenarios.map("split").resolve("left"));
        assertEquals(List.of("c2"), Scenarios.map("split").resolve("left@head"));
        assertEquals(List.of("d2"), Scenarios.map("split").resolve("right@heads"));
        assertEquals(List.of("r0"), Scenarios.map("split").resolve("left@r0"));
        // Alembic: ResolutionError: Revision d1 is not a member of branch 'left'
        assertThrows(MigrationException.class, () -> Scenarios.map("split").resolve("left@d1"));
        assertEquals(List.of("a3", "b2"), Scenarios.map("crossdep").resolve("heads"));
        assertEquals(List.of("a2", "b2"), Scenarios.map("basedep").resolve("heads"));
        assertEquals(List.of("b2"), Scenarios.map("basedep").resolve("beta@heads"));
        // Alembic: ResolutionError: Multiple revisions start with 'ab': 'abc123', 'abd456'...
        assertThrows(MigrationException.class, () -> Scenarios.map("partial").resolve("ab"));
        assertEquals(List.of("abc123"), Scenarios.map("partial").resolve("abc1"));
        assertEquals(List.of("abc123"), Scenarios.map("partial").resolve("abc123"));
        assertEquals(List.of("b77001"), Scenarios.map("partial").resolve("b7"));
        // Alembic: ResolutionError: No such revision or branch 'a'; please ensure at least four characters are present for partial revision identifier matches
        assertThrows(MigrationException.class, () -> Scenarios.map("linear").resolve("a"));
        assertEquals(List.of("a", "b"), Scenarios.map("overlap").resolve("main@heads"));
        assertEquals(List.of("c2"), Scenarios.map("multidep").resolve("heads"));
        assertEquals(List.of("c2"), Scenarios.map("multidep").resolve("gamma@head"));
    }

    @Test
    void aDependencyDoesNotStopARevisionBeingAHead() {
        // a is only depended on: a head for head/heads, not for Alembic's "real" heads.
        RevisionMap map = Scenarios.map("overlap");
        assertEquals(List.of("a", "b"), map.heads());
        assertEquals(List.of("b"), map.resolve("heads"));
    }

    @Test
    void anEmptyGraphHasNothingToDo() {
        RevisionMap map = new RevisionMap(List.of());
        assertEquals(List.of(), map.heads());
        assertEquals(List.of(), map.bases());
        assertEquals(List.of(), map.history());
        assertEquals(List.of(), map.upgrade(Set.of(), "heads"));
        assertEquals(List.of(), map.upgrade(Set.of(), "head"));
        assertEquals(List.of(), map.downgrade(Set.of(), "base"));
        assertEquals(List.of(), map.stamp(Set.of(), List.of("base"), false));
    }

    @Test
    void branchPoints() {
        assertEquals(List.of("r1"), Scenarios.map("split").branchPoints());
        assertEquals(List.of("r0"), Scenarios.map("three").branchPoints());
        assertEquals(List.of(), Scenarios.map("linear").branchPoints());
    }

    @Test
    void labelSpreadStopsAtAMergeAboveTheLabel() {
        // Alembic walks down from the last descendant it visited; the merge m stops the walk, so
        // nothing below the labelled revision gets the label (graph "mergelabel" of expected.py).
        RevisionMap map = new RevisionMap(List.of(Scenarios.rev("r0"), Scenarios.rev("a1", "r0"),
                Scenarios.labelled("a2", "feature", "a1"), Scenarios.rev("b1", "r0"),
                Scenarios.rev("m", "a2", "b1")));
        assertEquals(List.of("feature"), map.branchLabels("a2"));
        assertEquals(List.of("feature"), map.branchLabels("m"));
        assertEquals(List.of(), map.branchLabels("a1"));
        assertEquals(List.of(), map.branchLabels("r0"));
        assertEquals(List.of("m", "a2", "a1", "b1", "r0"), map.history());
    }
}
