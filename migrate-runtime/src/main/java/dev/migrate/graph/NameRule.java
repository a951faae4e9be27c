package dev.migrate.graph;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Ids and branch labels: letters, digits and _, at most 64 characters, no reserved word. */
final class NameRule implements GraphRule {

    static final int MAX_LENGTH = 64;
    private static final Set<String> RESERVED = Set.of("head", "heads", "base", "current");

    @Override
    public void check(Graph graph, List<Problem> problems) {
        for (RevisionNode node : graph.nodes) {
            checkName(node, Attribute.ID, "Revision id", node.id(), problems);
            for (String label : node.branchLabels()) {
                checkName(node, Attribute.BRANCH_LABELS, "Branch label", label, problems);
            }
        }
    }

    private static void checkName(RevisionNode node, Attribute attribute, String what, String name, List<Problem> out) {
        String revision = "\"" + node.id() + "\" (" + node.source() + ")";
        if (attribute == Attribute.ID) {
            revision = node.source();
        }
        if (name.isEmpty()) {
            out.add(Problem.on(node, attribute, name, Message.NAME_EMPTY, what, revision));
            return;
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            if (!isNameCharacter(c)) {
                out.add(Problem.on(node, attribute, name, Message.NAME_BAD_CHARACTER,
                        what, name, revision, new String(Character.toChars(c))));
                return;
            }
            i += Character.charCount(c);
        }
        if (name.length() > MAX_LENGTH) {
            out.add(Problem.on(node, attribute, name, Message.NAME_TOO_LONG, what, name, revision, name.length()));
        } else if (RESERVED.contains(name.toLowerCase(Locale.ROOT))) {
            out.add(Problem.on(node, attribute, name, Message.NAME_RESERVED, what, name, revision));
        }
    }

    /** ASCII only: ids end up in SQL, file names and URLs. */
    static boolean isNameCharacter(int c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }
}
