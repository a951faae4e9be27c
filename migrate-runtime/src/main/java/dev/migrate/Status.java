package dev.migrate;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where the database stands against the revisions on the class path: a value a service can expose
 * as a health check or use as a start-up gate.
 *
 * @param current the ids in the version table
 * @param pending the revisions an upgrade to {@code heads} would run, in order
 * @param failed revisions whose last step failed outside a transaction, or whose process stopped
 *     while it ran outside one, and still block runs (see {@link Migrator#status()})
 * @param checksumMismatches applied revisions whose source changed since they were applied
 */
public record Status(List<String> current, List<String> pending, List<String> failed, List<String> checksumMismatches) {

    /** Copies the lists, so the value cannot change. */
    public Status {
        current = List.copyOf(current);
        pending = List.copyOf(pending);
        failed = List.copyOf(failed);
        checksumMismatches = List.copyOf(checksumMismatches);
    }

    /**
     * Whether the database is at every head, with nothing failed and no source changed.
     *
     * @return whether no action is needed
     */
    public boolean upToDate() {
        return pending.isEmpty() && failed.isEmpty() && checksumMismatches.isEmpty();
    }

    /**
     * This status as a JSON object, for health endpoints and pipelines. Ids are letters, digits and
     * {@code _}, so they need no escaping.
     *
     * @return the JSON text
     */
    public String toJson() {
        return "{\"upToDate\":" + upToDate()
                + ",\"current\":" + array(current)
                + ",\"pending\":" + array(pending)
                + ",\"failed\":" + array(failed)
                + ",\"checksumMismatches\":" + array(checksumMismatches) + "}";
    }

    private static String array(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
