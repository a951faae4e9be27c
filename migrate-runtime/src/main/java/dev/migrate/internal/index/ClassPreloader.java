package dev.migrate.internal.index;

import java.util.List;

/**
 * Loads the classes of the revisions a command is about to run, in order, on a daemon thread of its
 * own. Loading a class (finding its file, reading, verifying it) costs as much as a step's
 * bookkeeping, and the steps mostly wait for the database meanwhile: ahead of them, it overlaps
 * that wait. Nothing else changes: each step still creates its revision through the index's
 * generated code, on the caller's thread, which also runs the class's static initialiser. Where a
 * class cannot be loaded ahead (a native image), the step loads it as it always did.
 */
public final class ClassPreloader implements AutoCloseable {

    private final Thread thread;
    private volatile boolean stopped;

    ClassPreloader(List<String> classNames, List<ClassLoader> loaders) {
        thread = new Thread(() -> {
            for (int i = 0; i < classNames.size() && !stopped; i++) {
                try {
                    Class.forName(classNames.get(i), false, loaders.get(i));
                } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                    // The step meets the same problem when it creates the revision, and reports it there.
                }
            }
        }, "migrate-class-preloader");
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops loading ahead; classes already loaded stay loaded. */
    @Override
    public void close() {
        stopped = true;
    }
}
