package dev.migrate.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Spreads branch labels as Alembic's {@code _add_branches} does: to every descendant (along revises),
 * and then down the straight line of ancestors below the last descendant visited, until a branch
 * point or a merge.
 */
final class BranchLabels {

    private BranchLabels() {}

    static void spread(RevisionGraph graph) {
        // Only revisions that declare labels spread them; collected first, as spreading fills the rest.
        List<Node> declaring = new ArrayList<>();
        for (Node node : graph.nodes) {
            if (!node.labels.isEmpty()) {
                declaring.add(node);
            }
        }
        for (Node labelled : declaring) {
            Set<String> own = Set.copyOf(labelled.labels);
            Node last = labelled;
            for (Node node : RevisionGraph.descendants(List.of(labelled), false)) {
                node.addLabels(own);
                last = node;
            }
            // Alembic walks down from the last descendant it visited (a leaf of the depth-first
            // walk), so a merge above the labelled revision stops the labels spreading below it.
            Node parent = last;
            while (parent != null && parent.dependents.size() <= 1 && parent.revises.size() <= 1) {
                parent.addLabels(own);
                parent = parent.revises.isEmpty() ? null : parent.revises.get(0);
            }
        }
    }
}
