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
 * @param ahead revisions this build does not have that a newer build applied on top of this
 *     build's heads, sorted: the database is ahead of this build (see {@link Migrator#upgrade});
 *     empty otherwise
 */
public record Status(List<String> current, List<String> pending, List<String> failed, List<String> checksumMismatches,
        List<String> ahead) {

    /** Copies the lists, so the value cannot change. */
    public Status {
        current = List.copyOf(current);
        pending = List.copyOf(pending);
        failed = List.copyOf(failed);
        checksumMismatches = List.copyOf(checksumMismatches);
        ahead = List.copyOf(ahead);
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
        this(current, pending, failed, checksumMismatches, List.of());
    }

    /**
     * Whether the database is at every head (or {@linkplain #ahead() ahead} of them), with nothing
     * failed and no source changed.
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
                + ",\"checksumMismatches\":" + array(checksumMismatches)
                + ",\"ahead\":" + array(ahead) + "}";
    }

    private static String array(List<String> ids) {
        return ids.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
