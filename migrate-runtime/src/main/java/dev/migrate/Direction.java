package dev.migrate;

/** Which way a step moves the database. */
public enum Direction {
    /** The revision's {@code upgrade} runs. */
    UPGRADE,
    /** The revision's {@code downgrade} runs. */
    DOWNGRADE
}
