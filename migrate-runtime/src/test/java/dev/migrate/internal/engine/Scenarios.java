package dev.migrate.internal.engine;

import dev.migrate.Direction;
import dev.migrate.graph.RevisionNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The graphs of the tests; the same as SCENARIOS in src/test/alembic/expected.py. */
final class Scenarios {

    private Scenarios() {}

    static RevisionNode rev(String id, String... revises) {
        return new RevisionNode(id, Arrays.asList(revises), List.of(), List.of(), "test." + id);
    }

    static RevisionNode rev(String id, List<String> revises, List<String> dependsOn, List<String> labels) {
        return new RevisionNode(id, revises, dependsOn, labels, "test." + id);
    }

    static RevisionNode labelled(String id, String label, String... revises) {
        return rev(id, Arrays.asList(revises), List.of(), List.of(label));
    }

    static final Map<String, List<RevisionNode>> GRAPHS = Map.ofEntries(
            Map.entry("linear", List.of(rev("a1"), rev("a2", "a1"), rev("a3", "a2"), rev("a4", "a3"))),
            Map.entry("diamond", List.of(rev("r0"), rev("r1a", "r0"), rev("r1b", "r0"), rev("r2", "r1a", "r1b"),
                    rev("r3", "r2"))),
            Map.entry("three", List.of(rev("r0"), rev("x", "r0"), rev("y", "r0"), rev("z", "r0"),
                    rev("m", "x", "y", "z"))),
            Map.entry("forest", List.of(labelled("a1", "alpha"), rev("a2", "a1"), rev("a3", "a2"),
                    labelled("b1", "beta"), rev("b2", "b1"))),
            Map.entry("crossdep", List.of(labelled("a1", "alpha"), rev("a2", "a1"), rev("a3", "a2"),
                    labelled("b1", "beta"), rev("b2", List.of("b1"), List.of("a2"), List.of()))),
            Map.entry("labeldep", List.of(labelled("a1", "alpha"), rev("a2", "a1"), rev("a3", "a2"),
                    labelled("b1", "beta"), rev("b2", List.of("b1"), List.of("alpha"), List.of()))),
            Map.entry("basedep", List.of(labelled("a1", "alpha"), rev("a2", "a1"),
                    rev("b1", List.of(), List.of("a1"), List.of("beta")), rev("b2", "b1"))),
            Map.entry("split", List.of(rev("r0"), rev("r1", "r0"), labelled("c1", "left", "r1"), rev("c2", "c1"),
                    labelled("d1", "right", "r1"), rev("d2", "d1"))),
            Map.entry("partial", List.of(rev("abc123"), rev("abd456", "abc123"), rev("b77001", "abd456"))),
            Map.entry("downlabel", List.of(rev("a1"), rev("a2", "a1"), labelled("a3", "top", "a2"),
                    rev("a4", "a3"))),
            Map.entry("overlap", List.of(labelled("r0", "main"), rev("a", "r0"),
                    rev("b", List.of("r0"), List.of("a"), List.of()))),
            Map.entry("mainsplit", List.of(labelled("r0", "main"), rev("x", "r0"), rev("y", "r0"))),
            Map.entry("mergedep", List.of(rev("r0"), rev("a1", "r0"), rev("b1", "r0"),
                    rev("m", List.of("a1", "b1"), List.of("c1"), List.of()), labelled("c1", "gamma"))),
            Map.entry("five", List.of(rev("a1"), rev("b1", List.of(), List.of("a1"), List.of()),
                    rev("bmerge", "a1", "b1"))),
            Map.entry("twobranch", List.of(rev("a"), rev("b", "a"), labelled("c1", "c1branch", "b"), rev("d1", "c1"),
                    labelled("c2", "c2branch", "b"), rev("d2", "c2"))),
            Map.entry("expandcontract", List.of(rev("k0"), labelled("e1", "expand", "k0"),
                    rev("c1", List.of("k0"), List.of("e1"), List.of("contract")), rev("e2", "e1"),
                    rev("c2", List.of("c1"), List.of("e2"), List.of()))),
            Map.entry("multidep", List.of(labelled("a1", "alpha"), labelled("b1", "beta"),
                    rev("c1", List.of(), List.of("a1", "b1"), List.of("gamma")), rev("c2", "c1"))));

    static RevisionMap map(String name) {
        return new RevisionMap(GRAPHS.get(name));
    }

    /** A plan as expected.py prints it: {@code id^[ops]} or {@code idv[ops]}, space-separated. */
    static String format(List<PlannedStep> steps) {
        List<String> parts = new ArrayList<>();
        for (PlannedStep step : steps) {
            parts.add(step.revisionId() + (step.direction() == Direction.UPGRADE ? "^" : "v") + "["
                    + formatChanges(step.rowChanges(), ",") + "]");
        }
        return String.join(" ", parts);
    }

    /** Row changes as expected.py prints them: {@code +x}, {@code -x}, {@code x>y}. */
    static String formatChanges(List<RowChange> changes, String separator) {
        List<String> parts = new ArrayList<>();
        for (RowChange change : changes) {
            if (change instanceof RowChange.Insert insert) {
                parts.add("+" + insert.version());
            } else if (change instanceof RowChange.Delete delete) {
                parts.add("-" + delete.version());
            } else if (change instanceof RowChange.Update update) {
                parts.add(update.from() + ">" + update.to());
            }
        }
        return String.join(separator, parts);
    }
}
