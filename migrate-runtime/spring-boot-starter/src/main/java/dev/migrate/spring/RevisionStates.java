package dev.migrate.spring;

import dev.migrate.Status;
import java.util.HashSet;
import java.util.Set;

/**
 * The state of each revision under one status, as {@code /actuator/migrate} and the health show it:
 * {@code checksum_changed}, {@code failed}, {@code running}, {@code pending} or {@code applied}.
 */
final class RevisionStates {

    private final Set<String> changed;
    private final Set<String> failed;
    private final Set<String> notApplied;

    RevisionStates(Status status) {
        changed = Set.copyOf(status.checksumMismatches());
        failed = Set.copyOf(status.failed());
        // Applied unless pending or below the current ones without having run, as Migrator.history() marks it.
        Set<String> below = new HashSet<>(status.pending());
        below.addAll(status.unappliedAncestors());
        notApplied = below;
    }

    /**
     * A revision's state. A blocking failure and a changed source come first: they are what an
     * operator must act on. A running row not listed as failed is a step another run is doing now.
     *
     * @param running whether its latest history row says {@code running}
     */
    String of(String id, boolean running) {
        if (changed.contains(id)) {
            return "checksum_changed";
        }
        if (failed.contains(id)) {
            return "failed";
        }
        if (running) {
            return "running";
        }
        return notApplied.contains(id) ? "pending" : "applied";
    }
}
