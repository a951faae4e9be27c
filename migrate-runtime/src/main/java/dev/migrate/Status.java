package dev.migrate;

import dev.migrate.internal.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the database stands against the revisions on the class path: a value a service can expose
 * as a health check or use as a start-up gate.
 *
 * @param current the ids in the version table
 * @param pending the revisions an upgrade to {@code heads} would run, in order
 * @param failed revisions whose last step failed outside a transaction, or whose process stopped
 *     while it ran outside one, and still block runs (see {@link Migrator#status()})
 * @param checksumMismatches applied revisions whose source changed since they were applied
 * @param ahead revisions this build does not have that a newer build applied on top of this
 *     build's heads, sorted: the database is ahead of this build (see {@link Migrator#upgrade});
 *     empty otherwise
 * @param unappliedAncestors revisions the graph places below the current ones that were never
 *     applied or stamped here, sorted: added into the middle of a line of revisions that had run
 *     already, or an applied revision renamed; an upgrade refuses to run while there are any (see
 *     {@link Migrator#upgrade})
 * @param renamedFrom for each of {@code unappliedAncestors} that stands where an applied revision
 *     this build no longer has stood, that revision's id: probably its id before a rename
 */
public record Status(List<String> current, List<String> pending, List<String> failed, List<String> checksumMismatches,
        List<String> ahead, List<String> unappliedAncestors, Map<String, String> renamedFrom) {

    /** Copies the lists and the map, so the value cannot change. */
    public Status {
        current = List.copyOf(current);
        pending = List.copyOf(pending);
        failed = List.copyOf(failed);
        checksumMismatches = List.copyOf(checksumMismatches);
        ahead = List.copyOf(ahead);
        unappliedAncestors = List.copyOf(unappliedAncestors);
        renamedFrom = Collections.unmodifiableMap(new TreeMap<>(renamedFrom));
    }

    /**
     * A status without unapplied ancestors.
     *
     * @param current the ids in the version table
     * @param pending the revisions an upgrade to {@code heads} would run, in order
     * @param failed revisions whose failure blocks runs
     * @param checksumMismatches applied revisions whose source changed since they were applied
     * @param ahead revisions this build does not have that a newer build applied on top of its heads
     */
    public Status(List<String> current, List<String> pending, List<String> failed, List<String> checksumMismatches,
            List<String> ahead) {
        this(current, pending, failed, checksumMismatches, ahead, List.of(), Map.of());
    }

    /**
     * A status of a database that is not ahead of this build.
     *
     * @param current the ids in the version table
     * @param pending the revisions an upgrade to {@code heads} would run, in order
     * @param failed revisions whose failure blocks runs
     * @param checksumMismatches applied revisions whose source changed since they were applied
     */
    public Status(List<String> current, List<String> pending, List<String> failed, List<String> checksumMismatches) {
        this(current, pending, failed, checksumMismatches, List.of(), List.of(), Map.of());
    }

    /**
     * Whether the database is at every head (or {@linkplain #ahead() ahead} of them), with nothing
     * failed, no source changed and no {@linkplain #unappliedAncestors() unapplied ancestor}.
     *
     * @return whether no action is needed
     */
    public boolean upToDate() {
        return pending.isEmpty() && failed.isEmpty() && checksumMismatches.isEmpty() && unappliedAncestors.isEmpty();
    }

    /**
     * This status as a JSON object, for health endpoints and pipelines: {@code upToDate}, then the
     * lists by their names.
     *
     * @return the JSON text
     * @deprecated use {@code dev.migrate.report.Reports.status(status).json()}, whose shape is
     *     documented and versioned ({@code schemaVersion}); this one keeps its old shape
     */
    @Deprecated
    public String toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("upToDate", upToDate());
        json.put("current", current);
        json.put("pending", pending);
        json.put("failed", failed);
        json.put("checksumMismatches", checksumMismatches);
        json.put("ahead", ahead);
        return Json.write(json);
    }
}
