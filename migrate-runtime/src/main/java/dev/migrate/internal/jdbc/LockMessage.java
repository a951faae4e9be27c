package dev.migrate.internal.jdbc;

import java.util.Locale;

/** What a command says while it waits for another run's migration lock, worded once for code and tests. */
public enum LockMessage {
    /** Args: the version table, who holds the lock, the longest wait. */
    WAITING("Waiting for the migration lock on the version table %s: another migration run holds it (%s)."
            + " Waiting up to %s for it to finish."),
    /** Args: the version table, how long so far, who holds the lock, the longest wait. */
    STILL_WAITING("Still waiting for the migration lock on the version table %s after %s: held by %s."
            + " Waiting up to %s."),
    /** Args: the version table, the longest wait. */
    TIMED_OUT("Another migration run holds the lock on the version table %s; waited %s. Wait for that run to"
            + " finish and try again, or raise the lock timeout (migrate.lockTimeout, Migrator.Builder.lockTimeout)."),
    /** The holder when the database cannot tell. */
    HOLDER_UNKNOWN("the database does not say which session");

    private final String template;

    LockMessage(String template) {
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
