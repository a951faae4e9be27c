package dev.migrate.lint;

/** What a finding of a rule does to the lint. */
public enum Severity {
    /** The finding fails the lint. */
    ERROR,
    /** The finding is shown and the lint passes. */
    WARN,
    /** The rule is not applied. */
    OFF
}
