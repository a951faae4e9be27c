package dev.migrate.report;

import dev.migrate.RevisionInfo;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/** How the graph reports show one revision, in the manner of Alembic's {@code branches} and {@code show}. */
final class RevisionLines {

    private RevisionLines() {}

    /** One line: {@code id (labels) (head) (branchpoint) (mergepoint), message}. */
    static String line(RevisionInfo r) {
        StringBuilder line = new StringBuilder(heading(r));
        if (!r.message().isEmpty()) {
            line.append(", ").append(r.message());
        }
        return line.toString();
    }

    /** {@code id (labels) (head) (branchpoint) (mergepoint)}: the line without the message. */
    static String heading(RevisionInfo r) {
        return r.id() + (r.branchLabels().isEmpty() ? "" : " (" + String.join(", ", r.branchLabels()) + ")") + flags(r);
    }

    /** {@link #line} and the class, as verbose lines end. */
    static String withClass(RevisionInfo r) {
        return line(r) + "  [" + r.className() + "]";
    }

    /** {@link #line}, with the class when {@code verbose}. */
    static String line(RevisionInfo r, boolean verbose) {
        return verbose ? withClass(r) : line(r);
    }

    /** Everything about the revision, as {@code alembic show} prints it, with the class for the path. */
    static String entry(RevisionInfo r) {
        StringJoiner out = new StringJoiner("\n");
        out.add("Rev: " + r.id() + flags(r));
        out.add(r.mergePoint() ? "Merges: " + listed(r.revises()) : "Parent: " + (r.base() ? "<base>" : listed(r.revises())));
        if (!r.dependsOn().isEmpty()) {
            out.add("Also depends on: " + listed(r.dependsOn()));
        }
        if (r.branchPoint()) {
            out.add("Branches into: " + listed(r.revisedBy()));
        } else if (!r.revisedBy().isEmpty()) {
            out.add("Revised by: " + listed(r.revisedBy()));
        }
        if (!r.branchLabels().isEmpty()) {
            out.add("Branch names: " + listed(r.branchLabels()));
        }
        out.add("Class: " + r.className());
        out.add("");
        out.add("    " + (r.message().isEmpty() ? "(no message)" : r.message()));
        return out.toString();
    }

    /** The revision as a JSON object of the {@code show} and {@code branches} reports. */
    static Map<String, Object> json(RevisionInfo r) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", r.id());
        json.put("revises", r.revises());
        json.put("revisedBy", r.revisedBy());
        json.put("dependsOn", r.dependsOn());
        json.put("branchLabels", r.branchLabels());
        json.put("message", r.message());
        json.put("className", r.className());
        json.put("head", r.head());
        json.put("branchPoint", r.branchPoint());
        json.put("mergePoint", r.mergePoint());
        return json;
    }

    /** The revisions as JSON objects. */
    static List<Map<String, Object>> json(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionLines::json).toList();
    }

    private static String flags(RevisionInfo r) {
        return (r.head() ? " (head)" : "") + (r.branchPoint() ? " (branchpoint)" : "") + (r.mergePoint() ? " (mergepoint)" : "");
    }

    private static String listed(List<String> ids) {
        return String.join(", ", ids);
    }
}
