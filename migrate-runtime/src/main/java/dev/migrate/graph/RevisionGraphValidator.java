package dev.migrate.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Checks a revision graph against every rule: names, duplicates, references, cycles, heads and
 * bases. The annotation processor runs it at compile time on one compilation's revisions; the
 * runtime runs it again on the revisions of every index on the class path.
 */
public final class RevisionGraphValidator {

    private RevisionGraphValidator() {}

    private static final List<GraphRule> STRUCTURE =
            List.of(new NameRule(), new DuplicateRule(), new ReferenceRule(), new CycleRule());

    /**
     * Returns every problem of the graph, in a stable order: by rule, then by revision id.
     *
     * @param revisions the revisions, in any order
     * @param allowMultipleHeads whether several heads without their own branch labels are allowed
     * @return the problems; empty when the graph is valid
     */
    public static List<Problem> validate(Collection<RevisionNode> revisions, boolean allowMultipleHeads) {
        Graph graph = new Graph(revisions);
        List<Problem> problems = new ArrayList<>();
        for (GraphRule rule : STRUCTURE) {
            rule.check(graph, problems);
        }
        // Heads and bases mean little while a parent is missing or misnamed: a wrong revises makes
        // an extra head and an extra base, so only the root cause is reported.
        if (problems.isEmpty()) {
            new BranchRule(allowMultipleHeads).check(graph, problems);
        }
        return List.copyOf(problems);
    }
}
