package dev.migrate.internal.engine;

/** Which way a step moves the database. */
public enum Direction {
    /** Runs the revision's {@code upgrade}. */
    UPGRADE,
    /** Runs the revision's {@code downgrade}. */
    DOWNGRADE
}
