package dev.migrate.cli;

/** The exit codes, the same for every command, so that a pipeline can branch on them. */
final class ExitCodes {

    /** The command did what it was asked; {@code check} found the database ready. */
    static final int OK = 0;

    /** Bad input, a connection that failed, a revision that failed, or any other error. */
    static final int ERROR = 1;

    /** {@code check} or {@code status --exit-code}: the database is not ready (behind, failed, changed). */
    static final int NOT_READY = 2;

    private ExitCodes() {}
}
