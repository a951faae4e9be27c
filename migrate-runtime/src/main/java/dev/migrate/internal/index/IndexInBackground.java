package dev.migrate.internal.index;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * Loads the revision indexes on a daemon thread of their own while the caller does something slow
 * that waits (opening a connection pool: the driver's classes, the server's answers), so that a
 * cold start pays for the longer of the two rather than both. The outcome, revisions or the
 * loader's exception, is the same as {@link IndexLoader#load} on the caller's thread.
 */
public final class IndexInBackground {

    private final FutureTask<LoadedRevisions> task;

    private IndexInBackground(FutureTask<LoadedRevisions> task) {
        this.task = task;
    }

    /**
     * Starts loading, as {@link IndexLoader#load} with these arguments.
     *
     * @param classLoader where to look
     * @param allowMultipleHeads whether several unlabelled heads are accepted
     * @return the load under way
     */
    public static IndexInBackground start(ClassLoader classLoader, boolean allowMultipleHeads) {
        FutureTask<LoadedRevisions> task = new FutureTask<>(() -> IndexLoader.load(classLoader, allowMultipleHeads));
        Thread thread = new Thread(task, "migrate-index-loader");
        // Abandoned when the pool cannot open: it must not keep the JVM alive.
        thread.setDaemon(true);
        thread.start();
        return new IndexInBackground(task);
    }

    /**
     * Waits for the revisions. An interrupt does not abandon the wait (the caller needs the
     * revisions to go on); it is kept for the caller's thread to see afterwards.
     *
     * @return the revisions
     * @throws dev.migrate.MigrationException as {@link IndexLoader#load} throws it
     */
    public LoadedRevisions join() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
