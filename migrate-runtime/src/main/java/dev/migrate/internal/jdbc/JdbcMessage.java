package dev.migrate.internal.jdbc;

import java.util.Locale;

/**
 * The messages of the JDBC layer that tell the user how to get going again after a failure,
 * worded once so that the code, the tests and the documentation name the same commands.
 */
public enum JdbcMessage {
    /** Args: the failures, one per line; the version table; the front end's resolve of the first. */
    UNRESOLVED_FAILURES("A previous run failed outside a transaction, so the database may hold a half-applied"
            + " change:%n%s%nRepair the database by hand: undo what the revision did, or finish it and set the"
            + " version table %s to match. Then mark the failure resolved with %s, which records a rolled_back"
            + " history row, and run the command again."),
    /** Args: the revision, its direction, when it failed, the error. One line of {@link #UNRESOLVED_FAILURES}. */
    FAILED_LINE("  - revision %s (%s) failed at %s: %s"),
    /** Args: the revision, its direction, when it started. One line of {@link #UNRESOLVED_FAILURES}. */
    INTERRUPTED_LINE("  - revision %s (%s) started at %s and never finished: the process running it stopped (killed,"
            + " out of memory, or power lost) while it ran outside a transaction, so its changes may be half-applied"),
    /** Args: the revision, the history table, the error. Nothing of the revision ran. */
    START_NOT_RECORDED("Revision %s did not run: recording its start in the history table %s failed: %s"),
    /** Args: why the changes stay ("... so"), the front end's resolve of the revision. */
    FAILED_IN_PIECES("%s what ran before the failure stays applied and the version table is unchanged. Repair"
            + " the database by hand, then mark the failure resolved with %s."),
    /** Args: why the changes stay ("... so"), the front end's resolve of the revision. */
    RECORDING_FAILED("The revision itself ran, but recording it failed; %s its changes stay applied. Repair the"
            + " version table by hand, then mark the failure resolved with %s."),
    /** Args: revision, direction, the failure. */
    SCRIPT_REVISION_FAILED("Revision %s failed to %s while its SQL script was written: %s");

    private final String template;

    JdbcMessage(String template) {
        this.template = template;
    }

    /**
     * Returns the message with its arguments filled in.
     *
     * @param args the arguments, in the order the constant's javadoc gives
     * @return the message text
     */
    public String format(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
