package dev.migrate.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The revisions indexed for the rules: by id, by label, and by parent. Where an id or a label is
 * declared twice, the first declaration in (id, class) order wins; the duplicate rules report the
 * rest.
 */
final class Graph {

    final List<RevisionNode> nodes;
    final Map<String, RevisionNode> byId;
    final Map<String, RevisionNode> byLabel;
    final Map<String, List<RevisionNode>> children;

    Graph(Collection<RevisionNode> revisions) {
        List<RevisionNode> sorted = new ArrayList<>(revisions);
        sorted.sort(Comparator.comparing(RevisionNode::id).thenComparing(RevisionNode::source));
        this.nodes = List.copyOf(sorted);
        this.byId = new HashMap<>(sorted.size() * 2);
        this.byLabel = new LinkedHashMap<>();
        for (RevisionNode node : sorted) {
            byId.putIfAbsent(node.id(), node);
            for (String label : node.branchLabels()) {
                byLabel.putIfAbsent(label, node);
            }
        }
        this.children = new HashMap<>(sorted.size() * 2);
        for (RevisionNode node : sorted) {
            if (byId.get(node.id()) != node) {
                continue;
            }
            for (String parent : parents(node)) {
                children.computeIfAbsent(parent, k -> new ArrayList<>(1)).add(node);
            }
        }
    }

    /** The node's parents that exist, without repeats or itself. */
    List<String> parents(RevisionNode node) {
        List<String> parents = new ArrayList<>(node.revises().size());
        for (String parent : node.revises()) {
            if (!parent.equals(node.id()) && byId.containsKey(parent) && !parents.contains(parent)) {
                parents.add(parent);
            }
        }
        return parents;
    }

    /** Everything the node must come after: its parents and what it depends on, resolved to ids. */
    List<String> predecessors(RevisionNode node) {
        List<String> result = parents(node);
        for (String dependency : node.dependsOn()) {
            RevisionNode target = byId.containsKey(dependency) ? byId.get(dependency) : byLabel.get(dependency);
            if (target != null && !target.id().equals(node.id()) && !result.contains(target.id())) {
                result.add(target.id());
            }
        }
        return result;
    }

    List<RevisionNode> childrenOf(String id) {
        return children.getOrDefault(id, List.of());
    }

    /** The distinct revisions, one per id. */
    List<RevisionNode> unique() {
        List<RevisionNode> unique = new ArrayList<>(byId.size());
        for (RevisionNode node : nodes) {
            if (byId.get(node.id()) == node) {
                unique.add(node);
            }
        }
        return unique;
    }
}
