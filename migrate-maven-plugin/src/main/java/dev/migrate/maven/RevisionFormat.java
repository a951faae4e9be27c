package dev.migrate.maven;

import dev.migrate.RevisionInfo;
import java.util.List;
import java.util.StringJoiner;

/** How the graph goals print one revision, in the manner of Alembic's {@code branches} and {@code show}. */
final class RevisionFormat {

    private RevisionFormat() {}

    /** One line: {@code id (labels) (head) (branchpoint) (mergepoint), message}. */
    static String line(RevisionInfo r) {
        StringBuilder line = new StringBuilder(r.id());
        if (!r.branchLabels().isEmpty()) {
            line.append(" (").append(String.join(", ", r.branchLabels())).append(')');
        }
        line.append(flags(r));
        if (!r.message().isEmpty()) {
            line.append(", ").append(r.message());
        }
        return line.toString();
    }

    /** {@link #line} and the class, as history's verbose lines end. */
    static String withClass(RevisionInfo r) {
        return line(r) + "  [" + r.className() + "]";
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

    /** The revision as one JSON object. */
    static String json(RevisionInfo r) {
        return "{\"id\":" + Json.string(r.id())
                + ",\"revises\":" + Json.array(r.revises())
                + ",\"revisedBy\":" + Json.array(r.revisedBy())
                + ",\"dependsOn\":" + Json.array(r.dependsOn())
                + ",\"branchLabels\":" + Json.array(r.branchLabels())
                + ",\"message\":" + Json.string(r.message())
                + ",\"className\":" + Json.string(r.className())
                + ",\"head\":" + r.head()
                + ",\"branchPoint\":" + r.branchPoint()
                + ",\"mergePoint\":" + r.mergePoint() + "}";
    }

    /** The revisions as a JSON array. */
    static String json(List<RevisionInfo> revisions) {
        StringJoiner out = new StringJoiner(",", "[", "]");
        for (RevisionInfo r : revisions) {
            out.add(json(r));
        }
        return out.toString();
    }

    private static String flags(RevisionInfo r) {
        return (r.head() ? " (head)" : "") + (r.branchPoint() ? " (branchpoint)" : "") + (r.mergePoint() ? " (mergepoint)" : "");
    }

    private static String listed(List<String> ids) {
        return String.join(", ", ids);
    }
}
