package dev.migrate.internal.engine;

import dev.migrate.graph.RevisionNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The revisions linked into a graph, with Alembic's notions of heads and bases and its two kinds of
 * traversal: along {@code revises} only, or along {@code revises} and {@code dependsOn}. Every
 * traversal is iterative, so that long histories cannot overflow the stack.
 */
final class RevisionGraph {

    final List<Node> nodes;
    final Map<String, Node> byId;
    /** Each branch label to the revision that declares it. */
    final Map<String, Node> byLabel;
    /** Revisions nothing revises (a dependency does not stop a revision being a head), in id order. */
    final List<Node> heads;
    /** Revisions nothing revises or depends on (Alembic's {@code _real_heads}), in id order. */
    final List<Node> realHeads;
    /** Revisions that revise nothing (they may depend on something), in id order. */
    final List<Node> bases;

    RevisionGraph(Collection<RevisionNode> revisions) {
        List<RevisionNode> sorted = new ArrayList<>(revisions);
        sorted.sort(Comparator.comparing(RevisionNode::id));
        List<Node> all = new ArrayList<>(sorted.size());
        Map<String, Node> ids = new HashMap<>(sorted.size() * 2);
        Map<String, Node> labels = new TreeMap<>();
        for (RevisionNode revision : sorted) {
            Node node = new Node(revision.id(), all.size());
            if (ids.putIfAbsent(node.id, node) != null) {
                throw new IllegalArgumentException("Revision id " + node.id + " is declared twice; validate the"
                        + " graph before building a RevisionMap");
            }
            all.add(node);
            node.addLabels(new HashSet<>(revision.branchLabels()));
            for (String label : revision.branchLabels()) {
                labels.put(label, node);
            }
        }
        for (RevisionNode revision : sorted) {
            Node node = ids.get(revision.id());
            for (String parent : revision.revises()) {
                Node down = require(ids.get(parent), revision, parent);
                node.revises.add(down);
            }
            for (String dependency : revision.dependsOn()) {
                Node down = ids.containsKey(dependency) ? ids.get(dependency) : labels.get(dependency);
                down = require(down, revision, dependency);
                if (!node.dependencies.contains(down)) {
                    node.dependencies.add(down);
                }
            }
        }
        // Children lists come out in id order because nodes are visited in id order.
        for (Node node : all) {
            for (Node down : node.revises) {
                down.children.add(node);
                down.dependents.add(node);
            }
            for (Node down : node.dependencies) {
                if (!down.dependents.contains(node)) {
                    down.dependents.add(node);
                }
            }
        }
        List<Node> heads = new ArrayList<>();
        List<Node> realHeads = new ArrayList<>();
        List<Node> bases = new ArrayList<>();
        for (Node node : all) {
            if (node.children.isEmpty()) {
                heads.add(node);
            }
            if (node.dependents.isEmpty()) {
                realHeads.add(node);
            }
            if (node.revises.isEmpty()) {
                bases.add(node);
            }
        }
        this.nodes = List.copyOf(all);
        this.byId = ids;
        this.byLabel = labels;
        this.heads = List.copyOf(heads);
        this.realHeads = List.copyOf(realHeads);
        this.bases = List.copyOf(bases);
        for (Node node : all) {
            normalize(node);
        }
        BranchLabels.spread(this);
    }

    private static Node require(Node node, RevisionNode revision, String name) {
        if (node == null) {
            throw new IllegalArgumentException("Revision " + revision.id() + " refers to unknown '" + name
                    + "'; validate the graph before building a RevisionMap");
        }
        return node;
    }

    /**
     * Alembic keeps a dependency as a "down revision" only if no ancestor (along revises) already
     * depends on it: such a dependency is already recorded by the ancestor's row.
     */
    private void normalize(Node node) {
        node.normalizedDown.addAll(node.revises);
        if (node.dependencies.isEmpty()) {
            return;
        }
        Set<Node> kept = new LinkedHashSet<>(node.dependencies);
        for (Node ancestor : ancestors(List.of(node), false)) {
            if (ancestor != node) {
                ancestor.dependencies.forEach(kept::remove);
                if (kept.isEmpty()) {
                    break;
                }
            }
        }
        for (Node dependency : kept) {
            if (!node.normalizedDown.contains(dependency)) {
                node.normalizedDown.add(dependency);
            }
            node.hasNormalizedDependencies = true;
        }
    }

    /**
     * The targets and everything below them, in Alembic's visiting order (depth first, last pushed
     * first).
     *
     * @param withDependencies follow the normalised down revisions, not only revises
     */
    static Set<Node> ancestors(Collection<Node> targets, boolean withDependencies) {
        return walk(targets, node -> withDependencies ? node.normalizedDown : node.revises);
    }

    /** The targets and everything above them; see {@link #ancestors}. */
    static Set<Node> descendants(Collection<Node> targets, boolean withDependencies) {
        return walk(targets, node -> withDependencies ? node.dependents : node.children);
    }

    private static Set<Node> walk(Collection<Node> targets, Function<Node, List<Node>> next) {
        Set<Node> seen = new LinkedHashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        for (Node target : targets) {
            todo.push(target);
            while (!todo.isEmpty()) {
                Node node = todo.pop();
                if (seen.add(node)) {
                    for (Node following : next.apply(node)) {
                        todo.push(following);
                    }
                }
            }
        }
        return seen;
    }

    /** Whether {@code target} is an ancestor or descendant (or one) of any of {@code others}. */
    static boolean sharesLineage(Node target, Collection<Node> others, boolean withDependencies) {
        if (others.isEmpty()) {
            return true;
        }
        Set<Node> wanted = new HashSet<>(others);
        for (Node node : descendants(List.of(target), withDependencies)) {
            if (wanted.contains(node)) {
                return true;
            }
        }
        for (Node node : ancestors(List.of(target), withDependencies)) {
            if (wanted.contains(node)) {
                return true;
            }
        }
        return false;
    }

    static List<String> ids(Collection<Node> nodes) {
        List<String> ids = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            ids.add(node.id);
        }
        return ids;
    }

    static String names(Collection<Node> nodes) {
        return nodes.isEmpty() ? "(none)" : String.join(", ", ids(nodes));
    }

    static List<Node> inOrder(Collection<Node> nodes) {
        List<Node> sorted = new ArrayList<>(nodes);
        sorted.sort(Comparator.comparingInt(node -> node.order));
        return sorted;
    }
}
