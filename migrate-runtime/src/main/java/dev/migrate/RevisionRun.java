package dev.migrate;

import java.time.Duration;
import java.time.Instant;

/**
 * The latest step the history table records for a revision: which way it ran, how it ended, when,
 * for how long and by which database user, and a changed checksum accepted since, if any. {@link
 * Migrator#runs()} gives one per revision.
 *
 * @param revision the revision's id
 * @param direction whether the step upgraded or downgraded
 * @param outcome how the step ended, or that it has not ended
 * @param startedAt when the step started
 * @param duration how long it ran; zero while it runs
 * @param installedBy the database user that ran it, or {@code null} when the database did not say
 * @param acceptedChecksum the changed checksum accepted after this step ({@link Migrator#acceptChecksum}),
 *     or {@code null} when none was
 * @param note for a {@link Outcome#ROLLED_BACK} step undone by restoring the backup taken before its
 *     upgrade ({@code restoreOnFailure}), what the history records of it; {@code null} for a failure
 *     marked resolved by hand, and for the other outcomes
 */
public record RevisionRun(
        String revision, Direction direction, Outcome outcome, Instant startedAt, Duration duration, String installedBy,
        AcceptedChecksum acceptedChecksum, String note) {

    /**
     * A run without a note.
     *
     * @param revision the revision's id
     * @param direction whether the step upgraded or downgraded
     * @param outcome how the step ended, or that it has not ended
     * @param startedAt when the step started
     * @param duration how long it ran; zero while it runs
     * @param installedBy the database user that ran it, or {@code null}
     * @param acceptedChecksum the changed checksum accepted after this step, or {@code null}
     */
    public RevisionRun(String revision, Direction direction, Outcome outcome, Instant startedAt, Duration duration,
            String installedBy, AcceptedChecksum acceptedChecksum) {
        this(revision, direction, outcome, startedAt, duration, installedBy, acceptedChecksum, null);
    }

    /**
     * A run after which no checksum was accepted.
     *
     * @param revision the revision's id
     * @param direction whether the step upgraded or downgraded
     * @param outcome how the step ended, or that it has not ended
     * @param startedAt when the step started
     * @param duration how long it ran; zero while it runs
     * @param installedBy the database user that ran it, or {@code null}
     */
    public RevisionRun(String revision, Direction direction, Outcome outcome, Instant startedAt, Duration duration,
            String installedBy) {
        this(revision, direction, outcome, startedAt, duration, installedBy, null);
    }

    /** How a step ended. */
    public enum Outcome {
        /** It ran and its bookkeeping was committed. */
        APPLIED,
        /** It failed; {@link Migrator#status()} tells whether the failure blocks runs. */
        FAILED,
        /**
         * A failure that was repaired by hand and marked resolved ({@link Migrator#markResolved}), or
         * a step undone by restoring the backup taken before its upgrade ({@link #note()} says so).
         */
        ROLLED_BACK,
        /** It has started outside a transaction and not ended: in progress, or its process stopped. */
        RUNNING
    }
}
