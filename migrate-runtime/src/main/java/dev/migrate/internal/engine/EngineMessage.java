package dev.migrate.internal.engine;

import dev.migrate.MigrationException;
import java.util.Locale;

/**
 * Every message of the revision engine, worded once so that the engine and its tests say the same
 * thing. Each message says what is wrong and what to change.
 */
public enum EngineMessage {
    /** Args: target, count, the heads, the target's "heads" form. */
    MULTIPLE_HEADS("Target '%s' is ambiguous: the graph has %d heads: %s. Name one of them, or use '%s'"),
    /** Args: target, label, count, the heads, the target's "heads" form. */
    MULTIPLE_BRANCH_HEADS("Target '%s' is ambiguous: branch '%s' has %d heads: %s. Name one of them, or use '%s'"),
    /** Args: target, count, the revisions. */
    MULTIPLE_REVISIONS("Target '%s' stands for %d revisions (%s) where one is needed; name one of them"),
    /** Args: target. */
    EMPTY_TARGET("Target '%s' names no revision; give a revision id, a branch label, head, heads or base"),
    /** Args: name. */
    UNKNOWN_REVISION("No revision or branch label is named '%s', and no revision id starts with it; check the"
            + " spelling (partial ids match only ids longer than 3 characters)"),
    /** Args: prefix, count, candidates. */
    AMBIGUOUS_PREFIX("'%s' is ambiguous: %d revisions start with it: %s. Give more characters of the id"),
    /** Args: label, the known labels. */
    UNKNOWN_BRANCH("No branch label or revision is named '%s'; known branch labels: %s"),
    /** Args: revision, label, the labelled revision. */
    NOT_ON_BRANCH("Revision %s is not on branch '%s' (it is neither an ancestor nor a descendant of %s); drop"
            + " the label or name a revision of that branch"),
    /** Args: target, command, the command to use instead. */
    RELATIVE_WRONG_WAY("Relative target '%s' goes the wrong way for %s; use %s"),
    /** Args: target, where the walk started. */
    RELATIVE_TOO_FAR("Relative target '%s' runs past the end of the history (walking from %s); use a smaller"
            + " number"),
    /** Args: target, the command, an example of a step its way. */
    RELATIVE_ZERO("Relative target '%s' moves 0 steps, so %s would go nowhere; write a number of 1 or more, such"
            + " as %s, or name a revision"),
    /** Args: target, the largest number of steps. */
    RELATIVE_TOO_LARGE("Relative target '%s' counts more steps than any history has; write at most %d steps (a walk"
            + " past the end of the history is refused too), or heads to upgrade to every head, base to downgrade"
            + " all the way"),
    /** Args: target, the revisions it joins. */
    COMMA_TARGET("Target '%s' joins several revisions with commas, but this command takes one target; name one of"
            + " %s, or heads for every head"),
    /** Args: target, the front end's stamp of each revision as a target of its own. */
    COMMA_STAMP("Stamp target '%s' joins several revisions with commas in one target; give each revision as a target"
            + " of its own: %s"),
    /** Args: target, where, the revisions it forks into. */
    AMBIGUOUS_WALK_UP("Relative target '%s' is ambiguous: after %s the history forks into %s. Name the revision,"
            + " or walk within one branch with label@+N"),
    /** Args: target, the merge revision, what it merges. */
    AMBIGUOUS_WALK_DOWN("Relative target '%s' is ambiguous: %s merges %s. Name the revision to go to instead"),
    /** Args: target, count, current revisions. */
    AMBIGUOUS_CURRENT("Relative target '%s' is ambiguous: the database is at %d revisions: %s. Pick a branch"
            + " with label@+N / label@-N, or walk from one of them with <id>+N / <id>-N"),
    /** Args: target. */
    NO_CURRENT("Relative target '%s' walks from the current revision, but the database has none; name a"
            + " revision instead"),
    /** Args: target, label, current revisions. */
    NO_CURRENT_ON_BRANCH("Relative target '%s' walks from the current revision of branch '%s', but none of the"
            + " current revisions (%s) is on it; name a revision instead"),
    /** Args: target, current revisions. */
    NOT_REACHABLE_BY_DOWNGRADE("Target '%s' is not reachable in the requested direction: it is not below the"
            + " current revision(s) %s along revises. Use upgrade to go forward to it"),
    /** Args: target, label, revision. */
    NOT_ON_BRANCH_DOWNGRADE("Downgrade target '%s' selects nothing on branch '%s': no revision after %s leads"
            + " to that branch; check the label"),
    /** Args: target, the ancestor, the descendant. */
    OVERLAPPING_TARGETS("Target '%s' names revisions that overlap: %s is an ancestor of %s; name only the later"
            + " one"),
    /** Args: range. */
    RANGE_SYNTAX("History range '%s' is not of the form start:end; write start:end, start: or :end, such as"
            + " ae1027:heads, base:current or -3:"),
    /** Args: range, start. */
    RANGE_RELATIVE_START("History range '%s' starts at '%s', but a relative start can only count down from the"
            + " end; write -N or label@-N, or name the start revision"),
    /** Args: range, end. */
    RANGE_RELATIVE_END("History range '%s' ends at '%s', but a relative end can only count up from the start;"
            + " write +N, label@+N, <id>+N or <id>-N, or name the end revision"),
    /** Args: range. */
    RANGE_BOTH_RELATIVE("History range '%s' counts each end from the other; name the start or the end revision"),
    /** Args: range, end, count, the start revisions. */
    RANGE_AMBIGUOUS_START("History range '%s' is ambiguous: '%s' counts up from the start, which stands for %d"
            + " revisions: %s. Start at one of them, or walk within one branch with label@+N"),
    /** Args: range, label. */
    RANGE_BRANCH_WITHOUT_LABEL("History range '%s' keeps to branch '%s', a revision without exactly one branch"
            + " label; name the branch by its label"),
    /** Args: range, start revision, end as written. */
    RANGE_NOT_ANCESTOR("History range '%s' does not run along one line of history: %s is not an ancestor of"
            + " '%s'. Write the older revision first (start:end), on the same branch as the end"),
    /** Args: the unknown version, the front end's stamp with purge. */
    UNKNOWN_CURRENT("The version table contains '%s', which is not a revision on the class path; add the"
            + " missing revision, or repair the table with a stamp that empties it first and sets the revision"
            + " the schema is at: %s"),
    /**
     * Args: the unknown rows, this build's heads, one line per problem, the front end's merge, the front
     * end's stamp with purge.
     */
    DIVERGED("The version table names revisions this build does not have (%s), and the history table does not"
            + " show them descending from this build's heads (%s):%n%s%nIf another project keeps its revisions in"
            + " these tables, give each project tables of its own (versionTable and historyTable on the Migrator"
            + " builder, migrate.versionTable and migrate.historyTable with the Maven plugin). If a build with a"
            + " branch this build lacks applied them, join the two lines of revisions with a merge revision (%s) in"
            + " one build and deploy that. If the rows are wrong, repair the version table with a stamp that purges it"
            + " first: %s"),
    /** Args: the row, the revisions without a recorded lineage. One line of {@link #DIVERGED}. */
    ROW_WITHOUT_LINEAGE("  - %s: the history table records no parents of %s, so nothing shows where it comes from:"
            + " written by hand, by another tool, or by a migrate release older than the history's lineage column"),
    /** Args: the row. One line of {@link #DIVERGED}. */
    ROW_OF_NOTHING_HERE("  - %s: according to the history table it stands on no revision of this build: another"
            + " project's revisions in the same tables"),
    /** Args: the row, the revisions of this build it stands on, the heads the database lacks. One line of {@link #DIVERGED}. */
    ROW_BRANCHES_OFF("  - %s: stands on %s of this build, but the database does not have this build's %s: a diverged"
            + " branch, applied by a build that lacks them"),
    /** Args: the revisions this build lacks, this build's heads. */
    AHEAD("The database is ahead of this build: it has revisions this build does not have (%s), applied on top"
            + " of this build's heads (%s) by a newer build. Nothing was changed: the newer build upgrades further"),
    /** Args: the revisions this build lacks, this build's heads. */
    AHEAD_FAILS("The database is ahead of this build: it has revisions this build does not have (%s), applied on"
            + " top of this build's heads (%s) by a newer build, and failOnAhead is on. Deploy the newer build, or"
            + " turn failOnAhead off (failOnAhead(false) on the Migrator builder, -Dmigrate.failOnAhead=false with"
            + " the Maven plugin) to let this build run against a newer database. Nothing was changed"),
    /** Args: the command, the revisions this build lacks, this build's heads, {@link #AHEAD_STAMP_PURGE} or nothing. */
    AHEAD_REFUSES("Cannot %1$s: the database is ahead of this build, with revisions this build does not have (%2$s)"
            + " applied on top of its heads (%3$s) by a newer build. Only a build that has those revisions can %1$s"
            + " here: run the command with the newer build. Nothing was changed%4$s"),
    /** Args: the front end's stamp with purge. */
    AHEAD_STAMP_PURGE(". If those revisions are gone for good (the schema was restored from a backup), a stamp"
            + " that purges the version table first sets it anyway: %s"),
    /** Args: target, the revisions this build lacks. */
    AHEAD_ABOVE("Target '%s' is above this build: the database is ahead of it, at revisions it does not have (%s)."
            + " Only the newer build can go there; an upgrade to heads, or to a revision of this build, changes"
            + " nothing here"),
    /** Args: the revision, this build's heads, how to stamp it. */
    UNAPPLIED_ANCESTOR("%1$s is an unapplied ancestor: the revision graph places it below the database's current"
            + " revisions, but it was never applied or stamped here (it was added under revisions that had run"
            + " already), and an upgrade, which runs only what is above the current revisions, would skip it for"
            + " good. Give it a place after the heads (make it revise %2$s instead), or, if its change is already in"
            + " the database, stamp it, which records it without moving the version table: %3$s"),
    /** Args: the revision, the applied revision it replaces, what both stand on, how to stamp it. */
    RENAMED_ANCESTOR("%1$s never ran here, and %2$s, which was applied, is gone from this build: %1$s stands where"
            + " %2$s stood (on %3$s). If %1$s is %2$s renamed after it ran, give it back the id %2$s; if it is a"
            + " change of its own that the database already has, stamp it: %4$s"),
    /** Args: the command, one line per revision ({@link #UNAPPLIED_ANCESTOR} or {@link #RENAMED_ANCESTOR}). */
    UNAPPLIED_REFUSES("Cannot %s: revisions below the database's current revisions never ran here:%n%s%nNothing was"
            + " changed"),
    /** Args: the row, this build's revision in its place, what both stand on. One line of {@link #DIVERGED}. */
    ROW_RENAMED("  - %1$s: was applied and is gone from this build, and this build's %2$s, which stands where %1$s"
            + " stood (on %3$s), never ran here. If %2$s is %1$s renamed after it ran, give it back the id %1$s; if"
            + " not, %1$s comes from a diverged branch, applied by a build that lacks %2$s"),
    /** Args: what is done, revision, the rows, the front end's stamp with purge. */
    INCONSISTENT_ROWS("Cannot record the %s of %s in the version table, whose rows are %s; the table does not"
            + " match the revision graph: repair it with a stamp that empties it first and sets the revisions the"
            + " schema is at: %s");

    private final String template;

    EngineMessage(String template) {
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

    /** The exception that carries this message. */
    MigrationException exception(Object... args) {
        return new MigrationException(format(args));
    }
}
