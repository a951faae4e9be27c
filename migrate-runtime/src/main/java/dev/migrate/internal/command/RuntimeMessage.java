package dev.migrate.internal.command;

import java.util.Locale;

/** The messages of {@link dev.migrate.Migrator} itself, worded once. */
public enum RuntimeMessage {
    /** No args. */
    DATABASE_NOT_CONFIGURED("Configure exactly one database: call dataSource(...) or url(...) on Migrator.builder()"),
    /** Args: where, the failure. */
    CANNOT_CONNECT("Cannot connect to %s: %s. Check the URL, the user and the password"),
    /** Args: the revisions. */
    CHECKSUM_MISMATCH("The source of applied revisions changed since they were applied: %s. Restore their source,"
            + " or move the change into a new revision; to run anyway, turn checksum validation off:"
            + " validateChecksums(false) on the Migrator builder, or -Dmigrate.validateChecksums=false with the"
            + " Maven plugin"),
    /** Args: the revision. */
    STAMP_ADVICE("Migrator.stamp(\"%1$s\"), or mvn migrate:stamp -Dmigrate.target=%1$s with the Maven plugin"),
    /** Args: the name given, why it names no single revision, the revisions with a failure to resolve. */
    RESOLVE_UNKNOWN("Cannot mark '%s' resolved: %s. Give the id of a failed revision; those with a failure to"
            + " resolve: %s"),
    /** Args: revision, why there is nothing to resolve, the revisions with a failure to resolve. */
    NOTHING_TO_RESOLVE("Revision %s has no failure to resolve: %s. Revisions with a failure to resolve: %s"),
    /** Args: target, the current revisions. */
    ALREADY_AT_OR_ABOVE("already at or above %s (the database is at %s); nothing to apply"),
    /** Args: target, the current revisions. */
    ALREADY_AT_OR_BELOW("already at or below %s (the database is at %s); nothing to revert"),
    /** No args. */
    NEVER_RAN("it has never run here"),
    /** No args. */
    ROLLED_BACK_WITH_TRANSACTION("its failure was rolled back with its transaction, so it blocks nothing"),
    /** No args. */
    ALREADY_RESOLVED("its failure is already marked resolved"),
    /** Args: direction. */
    LAST_STEP_APPLIED("its last step (%s) was applied"),
    /** No args. */
    NAMES_NO_REVISION("it names no revision"),
    /** Args: the revisions. */
    NAMES_SEVERAL("it stands for %s"),
    /** Args: the range, the command, an example. */
    BAD_SCRIPT_RANGE("The range '%s' of the %s script is not start:end; give both ends, such as %s"),
    /** Args: the range, its end, its start. */
    SCRIPT_RANGE_DOWNWARD("The range '%s' of the upgrade script runs down: %s is below %s. Write the older revision"
            + " first (start:end), or write a downgrade script"),
    /** Args: the problems, one per line. */
    INVALID_REVISIONS("The revisions break the graph rules:%n%s"),
    /** Args: target. */
    NO_REVISION("Target '%s' stands for no revision; name one: an id or a unique prefix, a branch label, head or"
            + " label@head"),
    /** Args: revision, the targets. */
    PARENT_TWICE("Revision %s is named twice in %s; name each parent once"),
    /** Args: revision, its children, the heads, revision. */
    NOT_A_HEAD("Revision %s is not a head: %s already revise(s) it. Build on a head (%s), or allow a new branch"
            + " to start at %s with splice"),
    /** Args: the version table, the history table, the version rows. */
    HISTORY_RECREATED("The version table %s had no history table %s next to it (dropped by hand, or the database was"
            + " stamped by an older tool): created an empty one, and kept the version rows (%s). What ran before is"
            + " not in the history, so the checksums of those revisions cannot be checked, and a build that lacks"
            + " revisions applied before cannot tell where they stand"),
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

    public String format(Object... args) {
        return String.format(Locale.ROOT, template, args);
    }
}
