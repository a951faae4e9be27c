package dev.migrate.internal.index;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads the revision indexes on a daemon thread of their own while the caller does something slow
 * that waits (opening a connection pool: the driver's classes, the server's answers), so that a
 * cold start pays for the longer of the two rather than both. The outcome, revisions or the
 * loader's exception, is the same as {@link IndexLoader#load} on the caller's thread.
 */
public final class IndexInBackground {

    /**
     * A load started before any migrator asked (see {@link #startAhead}): a command line starts it
     * before it parses its arguments, which leaves one slot for the one migrator it builds.
     */
    private static final AtomicReference<Ahead> AHEAD = new AtomicReference<>();

    private record Ahead(ClassLoader classLoader, IndexInBackground load) {}

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
        Ahead ahead = AHEAD.getAndSet(null);
        // The same class loader gives the same indexes: what was started ahead is this very load.
        if (ahead != null && ahead.classLoader() == classLoader && allowMultipleHeads) {
            return ahead.load();
        }
        return begin(classLoader, allowMultipleHeads);
    }

    /**
     * Starts loading the indexes of {@code classLoader}, as a migrator's build does, before anyone
     * asks: the next {@link #start} for the same class loader (with several heads allowed, as a
     * build asks) takes this load instead of starting one. A later call replaces an untaken load.
     *
     * @param classLoader where to look
     */
    public static void startAhead(ClassLoader classLoader) {
        AHEAD.set(new Ahead(classLoader, begin(classLoader, true)));
    }

    /** Forgets a load started ahead that no one took; its daemon thread ends on its own. */
    public static void forgetAhead() {
        AHEAD.set(null);
    }

    private static IndexInBackground begin(ClassLoader classLoader, boolean allowMultipleHeads) {
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
