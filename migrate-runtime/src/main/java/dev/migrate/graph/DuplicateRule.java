package dev.migrate.graph;

import java.util.List;

/** Each id belongs to one revision; each branch label to one revision and to no id. */
final class DuplicateRule implements GraphRule {

    @Override
    public void check(Graph graph, List<Problem> problems) {
        for (RevisionNode node : graph.nodes) {
            RevisionNode first = graph.byId.get(node.id());
            if (first != node) {
                problems.add(Problem.on(node, Attribute.ID, node.id(), Message.DUPLICATE_ID,
                        node.id(), first.source(), node.source()));
            }
        }
        for (RevisionNode node : graph.nodes) {
            for (String label : node.branchLabels()) {
                RevisionNode first = graph.byLabel.get(label);
                if (first != node) {
                    problems.add(Problem.on(node, Attribute.BRANCH_LABELS, label, Message.DUPLICATE_LABEL,
                            label, first.display(), node.display()));
                } else if (node.branchLabels().indexOf(label) != node.branchLabels().lastIndexOf(label)) {
                    problems.add(Problem.on(node, Attribute.BRANCH_LABELS, label, Message.REPEATED_VALUE,
                            node.display(), label, Attribute.BRANCH_LABELS.annotationMember()));
                }
                RevisionNode withId = graph.byId.get(label);
                if (withId != null) {
                    problems.add(Problem.on(node, Attribute.BRANCH_LABELS, label, Message.LABEL_IS_ID,
                            label, node.display(), withId.display()));
                }
            }
        }
    }
}
