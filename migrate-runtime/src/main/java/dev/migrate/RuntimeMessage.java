package dev.migrate;

import java.util.Locale;

/** The messages of {@link Migrator} itself, worded once. */
enum RuntimeMessage {
    /** No args. */
    DATABASE_NOT_CONFIGURED("Configure exactly one database: call dataSource(...) or url(...) on Migrator.builder()"),
    /** Args: where, the failure. */
    CANNOT_CONNECT("Cannot connect to %s: %s. Check the URL, the user and the password"),
    /** Args: the revisions. */
    CHECKSUM_MISMATCH("The source of applied revisions changed since they were applied: %s. Restore their source,"
            + " or move the change into a new revision; to run anyway, turn checksum validation off");

    private final String template;

    RuntimeMessage(String template) {
        this.template = template;
    }

    String format(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
