package dev.migrate.report;

import dev.migrate.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The lines and fields of a {@link Status}, shared by the status and check reports. */
final class StatusLines {

    private StatusLines() {}

    /** The heading and one line per list; with a target, the heading speaks of it. */
    static String text(Status status, String targetLine) {
        boolean none = status.current().isEmpty() && status.pending().isEmpty() && status.ahead().isEmpty()
                && status.failed().isEmpty();
        // Nothing in the build and nothing in the database: "up to date" would hide a build without revisions.
        String heading = none ? "migrate: status: no revisions, neither in this build nor in the database"
                : "migrate: status " + (status.upToDate() ? "up to date" : "NOT up to date")
                        + (status.ahead().isEmpty() ? "" : " (the database is ahead of this build)");
        return heading
                + (targetLine == null ? "" : "\n  " + targetLine)
                + "\n  current: " + listed(status.current())
                + "\n  pending: " + listed(status.pending())
                + "\n  failed: " + listed(status.failed())
                + "\n  changed since applied: " + listed(status.checksumMismatches())
                + (status.ahead().isEmpty() ? "" : "\n  ahead (applied, not in this build): " + listed(status.ahead()))
                + (status.unappliedAncestors().isEmpty() ? ""
                        : "\n  unapplied ancestors (below current, never applied or stamped): " + unapplied(status));
    }

    /** The status's fields, after the schema version. */
    static Map<String, Object> json(Status status) {
        Map<String, Object> json = Reports.object();
        json.put("upToDate", status.upToDate());
        json.put("current", status.current());
        json.put("pending", status.pending());
        json.put("failed", status.failed());
        json.put("checksumMismatches", status.checksumMismatches());
        json.put("ahead", status.ahead());
        json.put("unappliedAncestors", status.unappliedAncestors());
        json.put("renamedFrom", status.renamedFrom());
        return json;
    }

    /** Such as {@code r015, r002b (in the place of r002, gone from this build)}. */
    private static String unapplied(Status status) {
        List<String> named = new ArrayList<>(status.unappliedAncestors().size());
        for (String id : status.unappliedAncestors()) {
            String old = status.renamedFrom().get(id);
            named.add(old == null ? id : id + " (in the place of " + old + ", gone from this build)");
        }
        return String.join(", ", named);
    }

    static String listed(List<String> ids) {
        return ids.isEmpty() ? "none" : String.join(", ", ids);
    }
}
