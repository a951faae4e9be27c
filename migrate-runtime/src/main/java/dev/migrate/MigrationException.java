package dev.migrate;

/**
 * A problem that stops a migration command: a bad target, a broken revision graph, a failed
 * revision. The message says what went wrong and what to change; it never contains credentials.
 */
public class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception with a message that says what to change.
     *
     * @param message the message
     */
    public MigrationException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a message that says what to change, and its cause.
     *
     * @param message the message
     * @param cause the underlying error
     */
    public MigrationException(String message, Throwable cause) {
        super(message, cause);
    }
}
