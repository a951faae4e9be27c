package dev.migrate.graph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One head and one base, unless each carries a branch label of its own: several heads are the
 * usual trace of two branches that each added a revision, a second base of a forgotten {@code
 * revises}. Labels spread as Alembic spreads them: to every descendant, and down a straight line of
 * ancestors.
 */
final class BranchRule implements GraphRule {

    private final boolean allowMultipleHeads;

    BranchRule(boolean allowMultipleHeads) {
        this.allowMultipleHeads = allowMultipleHeads;
    }

    @Override
    public void check(Graph graph, List<Problem> problems) {
        List<RevisionNode> unique = graph.unique();
        List<RevisionNode> heads = new ArrayList<>();
        List<RevisionNode> bases = new ArrayList<>();
        for (RevisionNode node : unique) {
            if (graph.childrenOf(node.id()).isEmpty()) {
                heads.add(node);
            }
            if (graph.parents(node).isEmpty() && node.revises().isEmpty()) {
                bases.add(node);
            }
        }
        if (bases.size() > 1) {
            Map<RevisionNode, Set<String>> labels = new HashMap<>();
            for (RevisionNode base : bases) {
                labels.put(base, labelsAbove(graph, base));
            }
            String names = names(bases);
            for (RevisionNode base : bases) {
                if (!hasOwnLabel(base, labels)) {
                    problems.add(Problem.on(base, Attribute.REVISES, null, Message.MULTIPLE_BASES,
                            bases.size(), names, base.display()));
                }
            }
        }
        if (heads.size() > 1 && !allowMultipleHeads) {
            Map<String, Set<String>> inherited = inheritedLabels(graph, unique);
            if (inherited == null) {
                return; // a cycle: the cycle rule reports it, and heads mean nothing until it is gone
            }
            Map<RevisionNode, Set<String>> labels = new HashMap<>();
            for (RevisionNode head : heads) {
                labels.put(head, inherited.get(head.id()));
            }
            String names = names(heads);
            String quoted = heads.stream().map(h -> "\"" + h.id() + "\"").collect(Collectors.joining(", "));
            for (RevisionNode head : heads) {
                if (!hasOwnLabel(head, labels)) {
                    problems.add(Problem.on(head, Attribute.NONE, null, Message.MULTIPLE_HEADS,
                            heads.size(), names, quoted));
                }
            }
        }
    }

    private static boolean hasOwnLabel(RevisionNode node, Map<RevisionNode, Set<String>> labels) {
        for (String label : labels.get(node)) {
            boolean shared = false;
            for (Map.Entry<RevisionNode, Set<String>> other : labels.entrySet()) {
                if (other.getKey() != node && other.getValue().contains(label)) {
                    shared = true;
                    break;
                }
            }
            if (!shared) {
                return true;
            }
        }
        return false;
    }

    /** A base's labels: its own, and those of the straight line above it up to a branch point or merge. */
    private static Set<String> labelsAbove(Graph graph, RevisionNode base) {
        Set<String> labels = new LinkedHashSet<>(base.branchLabels());
        RevisionNode at = base;
        Set<String> seen = new HashSet<>();
        while (seen.add(at.id())) {
            List<RevisionNode> children = graph.childrenOf(at.id());
            if (children.size() != 1) {
                break;
            }
            RevisionNode child = children.get(0);
            if (graph.parents(child).size() != 1 || graph.childrenOf(child.id()).size() > 1) {
                break;
            }
            labels.addAll(child.branchLabels());
            at = child;
        }
        return labels;
    }

    /** Each revision's own labels and those of all its ancestors; {@code null} when a cycle prevents an order. */
    private static Map<String, Set<String>> inheritedLabels(Graph graph, List<RevisionNode> unique) {
        Map<String, Integer> waiting = new HashMap<>();
        Deque<RevisionNode> ready = new ArrayDeque<>();
        for (RevisionNode node : unique) {
            int parents = graph.parents(node).size();
            waiting.put(node.id(), parents);
            if (parents == 0) {
                ready.add(node);
            }
        }
        Map<String, Set<String>> labels = new HashMap<>();
        int done = 0;
        while (!ready.isEmpty()) {
            RevisionNode node = ready.poll();
            done++;
            List<String> parents = graph.parents(node);
            Set<String> own;
            if (node.branchLabels().isEmpty() && parents.size() == 1) {
                own = labels.get(parents.get(0)); // shared, not copied: a long chain stays linear
            } else {
                own = new HashSet<>(node.branchLabels());
                for (String parent : parents) {
                    own.addAll(labels.get(parent));
                }
            }
            labels.put(node.id(), own);
            for (RevisionNode child : graph.childrenOf(node.id())) {
                if (waiting.merge(child.id(), -1, Integer::sum) == 0) {
                    ready.add(child);
                }
            }
        }
        return done == unique.size() ? labels : null;
    }

    private static String names(List<RevisionNode> nodes) {
        return nodes.stream().map(RevisionNode::display).collect(Collectors.joining(", "));
    }
}
