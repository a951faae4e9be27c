package dev.migrate.graph;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Every {@code revises} entry names an existing other revision; every {@code dependsOn} an id or a label. */
final class ReferenceRule implements GraphRule {

    @Override
    public void check(Graph graph, List<Problem> problems) {
        for (RevisionNode node : graph.nodes) {
            Set<String> seen = new HashSet<>();
            for (String parent : node.revises()) {
                if (!seen.add(parent)) {
                    problems.add(Problem.on(node, Attribute.REVISES, parent, Message.REPEATED_VALUE,
                            node.display(), parent, Attribute.REVISES.annotationMember()));
                } else if (parent.equals(node.id())) {
                    problems.add(Problem.on(node, Attribute.REVISES, parent, Message.SELF_PARENT, node.display()));
                } else if (!graph.byId.containsKey(parent)) {
                    problems.add(Problem.on(node, Attribute.REVISES, parent, Message.UNKNOWN_PARENT,
                            node.display(), parent, hint(graph, parent)));
                }
            }
            seen.clear();
            for (String dependency : node.dependsOn()) {
                if (!seen.add(dependency)) {
                    problems.add(Problem.on(node, Attribute.DEPENDS_ON, dependency, Message.REPEATED_VALUE,
                            node.display(), dependency, Attribute.DEPENDS_ON.annotationMember()));
                } else if (dependency.equals(node.id()) || node.branchLabels().contains(dependency)) {
                    problems.add(Problem.on(node, Attribute.DEPENDS_ON, dependency, Message.SELF_DEPENDENCY,
                            node.display()));
                } else if (!graph.byId.containsKey(dependency) && !graph.byLabel.containsKey(dependency)) {
                    problems.add(Problem.on(node, Attribute.DEPENDS_ON, dependency, Message.UNKNOWN_DEPENDENCY,
                            node.display(), dependency, hint(graph, dependency)));
                }
            }
        }
    }

    /** Suggests the one id the user probably meant: the only id that starts with what was written. */
    private static String hint(Graph graph, String missing) {
        if (missing.isEmpty()) {
            return "";
        }
        String candidate = null;
        for (String id : graph.byId.keySet()) {
            if (id.startsWith(missing)) {
                if (candidate != null) {
                    return "";
                }
                candidate = id;
            }
        }
        return candidate == null ? "" : " (did you mean \"" + candidate + "\"? revises and dependsOn take full ids)";
    }
}
