package dev.migrate.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The graph rules without a compiler: what the runtime applies to merged indexes. */
class RevisionGraphValidatorTest {

    private static RevisionNode node(String id, List<String> revises, List<String> dependsOn, List<String> labels) {
        return new RevisionNode(id, revises, dependsOn, labels, "db." + id.toUpperCase());
    }

    private static RevisionNode node(String id, String... revises) {
        return node(id, List.of(revises), List.of(), List.of());
    }

    private static List<Message> kinds(List<Problem> problems) {
        return problems.stream().map(Problem::message).toList();
    }

    @Test
    void headsWithTheirOwnLabelsAreIntended() {
        List<RevisionNode> graph = List.of(
                node("a"),
                node("b", List.of("a"), List.of(), List.of("feature")),
                node("c", List.of("a"), List.of(), List.of("main")));

        assertEquals(List.of(), RevisionGraphValidator.validate(graph, false));
    }

    @Test
    void labelOnOneBranchOnlyLeavesTheOtherHeadUnintended() {
        List<RevisionNode> graph = List.of(
                node("a", List.of(), List.of(), List.of("core")),
                node("b", List.of("a"), List.of(), List.of("feature")),
                node("c", "a"));

        List<Problem> problems = RevisionGraphValidator.validate(graph, false);

        assertEquals(List.of(Message.MULTIPLE_HEADS), kinds(problems));
        assertEquals("c", problems.get(0).revisionId());
    }

    @Test
    void labelAboveABaseOnAStraightLineCountsForTheBase() {
        List<RevisionNode> graph = List.of(
                node("a"),
                node("a2", List.of("a"), List.of(), List.of("app")),
                node("x"),
                node("x2", List.of("x"), List.of(), List.of("reports")),
                node("m", "a2", "x2"));

        assertEquals(List.of(), RevisionGraphValidator.validate(graph, false));
    }

    @Test
    void labelAboveABranchPointDoesNotReachTheBase() {
        List<RevisionNode> graph = List.of(
                node("a"),
                node("b", "a"),
                node("c", List.of("a"), List.of(), List.of("left")),
                node("x", List.of(), List.of(), List.of("other")),
                node("m", "b", "c", "x"));

        List<Problem> problems = RevisionGraphValidator.validate(graph, false);

        assertEquals(List.of(Message.MULTIPLE_BASES), kinds(problems));
        assertEquals("a", problems.get(0).revisionId());
    }

    @Test
    void dependencyDoesNotEndAHead() {
        List<RevisionNode> graph = List.of(
                node("a"),
                node("b", "a"),
                node("c", List.of("a"), List.of("b"), List.of()));

        assertEquals(List.of(Message.MULTIPLE_HEADS, Message.MULTIPLE_HEADS),
                kinds(RevisionGraphValidator.validate(graph, false)));
        assertEquals(List.of(), RevisionGraphValidator.validate(graph, true));
    }

    @Test
    void longChainAndLongCycleNeedNoDeepStack() {
        int size = 10_000;
        List<RevisionNode> chain = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            chain.add(i == 0 ? node("r0") : node("r" + i, "r" + (i - 1)));
        }
        assertEquals(List.of(), RevisionGraphValidator.validate(chain, false));

        chain.set(0, node("r0", "r" + (size - 1)));
        List<Problem> problems = RevisionGraphValidator.validate(chain, false);

        assertEquals(List.of(Message.CYCLE), kinds(problems));
        assertTrue(problems.get(0).text().startsWith("Revisions form a cycle: \"r0\" (db.R0) -> \"r9999\" (db.R9999) -> "),
                problems.get(0).text());
    }

    @Test
    void problemsComeInAStableOrderWhateverTheInputOrder() {
        List<RevisionNode> graph = new ArrayList<>(List.of(
                node("b", "missing1"), node("a", "missing2"), node("c", List.of(), List.of("nope"), List.of())));
        List<Problem> first = RevisionGraphValidator.validate(graph, false);
        java.util.Collections.reverse(graph);

        assertEquals(first, RevisionGraphValidator.validate(graph, false));
        assertEquals(List.of("a", "b", "c"), first.stream().map(Problem::revisionId).toList());
    }
}
