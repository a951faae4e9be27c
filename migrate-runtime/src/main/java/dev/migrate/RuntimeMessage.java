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
            + " or move the change into a new revision; to run anyway, turn checksum validation off"),
    /** Args: the database. */
    SINGLE_TRANSACTION_UNSUPPORTED("A single transaction for the whole command needs DDL that can be rolled back, as"
            + " PostgreSQL has; %s commits each DDL statement at once, so the revisions cannot commit together."
            + " Turn singleTransaction off (the plugin's migrate.singleTransaction) to commit each revision on its"
            + " own. Nothing was changed"),
    /** Args: the revisions. */
    SINGLE_TRANSACTION_NOT_TRANSACTIONAL("The plan includes revisions declared @Revision(transactional = false): %s."
            + " They cannot run inside the single transaction that singleTransaction asks for. Turn singleTransaction"
            + " off (the plugin's migrate.singleTransaction) for this command. Nothing was changed");

    private final String template;

    RuntimeMessage(String template) {
        this.template = template;
    }

    String format(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
