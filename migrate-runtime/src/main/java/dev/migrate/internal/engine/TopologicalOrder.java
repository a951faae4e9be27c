package dev.migrate.internal.engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Orders revisions from the top down, each before everything it stands on, the way Alembic's
 * {@code _topological_sort} does: follow one head's line down for as long as no other pending head
 * still needs the next revision, then switch to that head. Independent branches therefore come out
 * whole, one after the other, in id order of their heads.
 *
 * <p>Alembic recomputes ancestor sets over the whole history; here they are computed only within
 * the revisions being ordered, which gives the same answers (those revisions are closed under
 * "between") at a cost that does not grow with the history.
 */
final class TopologicalOrder {

    private TopologicalOrder() {}

    /** The revisions of {@code todo}, descendants first. */
    static List<Node> topDown(Collection<Node> todo, Collection<Node> heads) {
        Set<Node> pending = new HashSet<>(todo);
        List<Node> current = new ArrayList<>();
        for (Node head : RevisionGraph.inOrder(new LinkedHashSet<>(heads))) {
            if (pending.contains(head)) {
                current.add(head);
            }
        }
        List<Set<Node>> ancestors = new ArrayList<>();
        for (Node head : current) {
            ancestors.add(ancestorsWithin(head, pending));
        }
        List<Node> output = new ArrayList<>(pending.size());
        int index = 0;
        int switches = 0;
        while (!current.isEmpty()) {
            Node candidate = current.get(index);
            int needer = -1;
            for (int other = 0; other < ancestors.size(); other++) {
                if (other != index && ancestors.get(other).contains(candidate)) {
                    needer = other;
                    break;
                }
            }
            if (needer >= 0) {
                // Another head still stands on the candidate: walk that head down first. More
                // switches in a row than heads means a cycle, which the graph rules forbid.
                if (++switches > current.size()) {
                    throw new IllegalStateException("cycle among " + RevisionGraph.names(current));
                }
                index = needer;
                continue;
            }
            switches = 0;
            if (pending.remove(candidate)) {
                output.add(candidate);
            }
            List<Node> below = new ArrayList<>();
            for (Node down : candidate.normalizedDown) {
                if (pending.contains(down) && !current.contains(down)) {
                    below.add(down);
                }
            }
            if (below.isEmpty()) {
                current.remove(index);
                ancestors.remove(index);
                index = Math.max(index - 1, 0);
            } else if (!candidate.hasNormalizedDependencies && candidate.revises.size() == 1) {
                // A plain step down a line: the head's ancestors just lose the candidate.
                current.set(index, below.get(0));
                ancestors.get(index).remove(candidate);
            } else {
                current.set(index, below.get(0));
                ancestors.set(index, ancestorsWithin(below.get(0), pending));
                for (Node extra : below.subList(1, below.size())) {
                    current.add(extra);
                    ancestors.add(ancestorsWithin(extra, pending));
                }
            }
        }
        if (!pending.isEmpty()) {
            throw new IllegalStateException("revisions left out of the order: " + RevisionGraph.names(pending));
        }
        return output;
    }

    private static Set<Node> ancestorsWithin(Node start, Set<Node> pending) {
        Set<Node> seen = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        todo.push(start);
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (seen.add(node)) {
                for (Node down : node.normalizedDown) {
                    if (pending.contains(down)) {
                        todo.push(down);
                    }
                }
            }
        }
        return seen;
    }
}
