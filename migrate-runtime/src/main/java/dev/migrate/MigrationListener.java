package dev.migrate;

import java.time.Duration;

/**
 * Hears each step of a run as it happens, to print progress or feed metrics. All methods do
 * nothing by default.
 *
 * <pre>{@code
 * Migrator.builder().dataSource(ds).listener(new MigrationListener() {
 *     @Override public void finished(RevisionInfo revision, Direction direction, Duration took) {
 *         log.info("{} {} in {} ms", direction, revision.id(), took.toMillis());
 *     }
 * }).build();
 * }</pre>
 */
public interface MigrationListener {

    /**
     * An upgrade or downgrade has made its plan and is about to run its first step: for a front end
     * that shows progress against the total. Not called when there is nothing to run.
     *
     * @param direction which way the steps run
     * @param steps how many revisions the command will run
     */
    default void planned(Direction direction, int steps) {}

    /**
     * A revision is about to run.
     *
     * @param revision the revision
     * @param direction which way it runs
     */
    default void started(RevisionInfo revision, Direction direction) {}

    /**
     * A revision ran and its bookkeeping is committed; with {@link Migrator.Builder#singleTransaction}
     * it is recorded, and commits with the whole command.
     *
     * @param revision the revision
     * @param direction which way it ran
     * @param took how long the step took
     */
    default void finished(RevisionInfo revision, Direction direction, Duration took) {}

    /**
     * A revision failed; the run stops after this.
     *
     * @param revision the revision
     * @param direction which way it ran
     * @param error what went wrong, with a message that says what was left behind
     */
    default void failed(RevisionInfo revision, Direction direction, MigrationException error) {}

    /**
     * An upgrade or downgrade found nothing to run: the database is already where the target asks,
     * such as an upgrade to a revision it already has ("already at or above a2"). The command
     * succeeds without changing anything.
     *
     * @param direction which way the command would have gone
     * @param target the target as given
     * @param reason why nothing ran, naming the target and the database's current revisions
     */
    default void nothingToRun(Direction direction, String target, String reason) {}

    /**
     * Something the user should know that does not stop the command: the database is ahead of this
     * build (an upgrade then changes nothing), or a missing history table was created again.
     *
     * @param message what happened, and what it means
     */
    default void warning(String message) {}
}
