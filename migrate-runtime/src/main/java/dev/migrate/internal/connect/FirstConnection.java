package dev.migrate.internal.connect;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/**
 * The first connection of a migrator, opened on a thread of its own as soon as the migrator is
 * built, so that connecting (the driver's classes, the server's answers) overlaps with loading the
 * revision indexes instead of following it: a cold {@code status} pays for the longer of the two.
 * The first request takes it; a connection or failure older than a few seconds is not trusted and
 * the request connects again, as it would have without this.
 */
final class FirstConnection {

    /** How long a connection opened ahead is taken as it is: a command's first request comes at once. */
    private static final long FRESH_NANOS = TimeUnit.SECONDS.toNanos(10);

    private Connection connection;
    private Throwable failure;
    private long doneAt;
    private boolean done;
    /** Taken, or closed before anyone took it: later requests connect as usual. */
    private boolean over;

    private FirstConnection() {}

    /**
     * Starts connecting on a daemon thread, which must not keep the JVM alive when no one waits.
     *
     * @param connect opens the connection
     * @return the connection under way
     */
    static FirstConnection start(Callable<Connection> connect) {
        FirstConnection first = new FirstConnection();
        Thread thread = new Thread(() -> first.open(connect), "migrate-first-connection");
        thread.setDaemon(true);
        thread.start();
        return first;
    }

    private void open(Callable<Connection> connect) {
        Connection opened = null;
        Throwable failed = null;
        try {
            opened = connect.call();
        } catch (Exception | Error e) {
            failed = e;
        }
        synchronized (this) {
            if (over) {
                closeQuietly(opened);
            } else {
                connection = opened;
                failure = failed;
            }
            doneAt = System.nanoTime();
            done = true;
            notifyAll();
        }
    }

    /**
     * Waits for the connection and takes it, once.
     *
     * @return the connection, or {@code null} when it was taken already, closed, or is too old to
     *     trust: the caller connects itself
     * @throws SQLException the failure to connect, when it is recent
     */
    synchronized Connection take() throws SQLException {
        boolean interrupted = false;
        while (!done && !over) {
            try {
                wait();
            } catch (InterruptedException e) {
                // The caller needs a connection to go on; the interrupt is kept for it to see.
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        if (over) {
            return null;
        }
        over = true;
        Connection taken = connection;
        Throwable failed = failure;
        connection = null;
        failure = null;
        if (System.nanoTime() - doneAt > FRESH_NANOS) {
            closeQuietly(taken);
            return null;
        }
        if (failed instanceof SQLException e) {
            throw e;
        }
        if (failed instanceof RuntimeException e) {
            throw e;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        if (failed != null) {
            throw new SQLException(failed.getMessage(), "08001", failed);
        }
        return taken;
    }

    /** Closes the connection if no one took it; one still opening is closed when it opens. */
    synchronized void close() {
        if (!over) {
            over = true;
            closeQuietly(connection);
            connection = null;
            notifyAll();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // Never used: nothing of the run depends on how it closes.
        }
    }
}
