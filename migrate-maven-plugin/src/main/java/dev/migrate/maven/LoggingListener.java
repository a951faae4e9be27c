package dev.migrate.maven;

import dev.migrate.Direction;
import dev.migrate.MigrationException;
import dev.migrate.MigrationListener;
import dev.migrate.RevisionInfo;
import dev.migrate.internal.RuntimeLog;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.logging.Log;

/**
 * Prints each step of an upgrade or downgrade with its duration, and announces a step that is
 * still running after {@link #SLOW} (a long index build, a lock wait), so that a build that seems
 * stuck says what it is doing. Fast steps keep one line each: announcing every start would double
 * the output of the usual run for nothing; {@code migrate.verbose} announces every start anyway.
 * The runtime's warnings (a database ahead of the build, a history table created again) are logged
 * as warnings.
 */
final class LoggingListener implements MigrationListener {

    /** How long a step runs before it is announced. */
    static final Duration SLOW = Duration.ofSeconds(2);

    private final Log log;
    private final boolean verbose;
    private final Duration slow;
    private final ScheduledThreadPoolExecutor timer;
    private ScheduledFuture<?> announcement;

    LoggingListener(Log log, boolean verbose) {
        this(log, verbose, SLOW);
    }

    LoggingListener(Log log, boolean verbose, Duration slow) {
        this.log = log;
        this.verbose = verbose;
        this.slow = slow;
        this.timer = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, "migrate-slow-step");
            thread.setDaemon(true);
            return thread;
        });
        // The thread ends soon after the last step, since nothing closes a listener.
        timer.setKeepAliveTime(1, TimeUnit.SECONDS);
        timer.allowCoreThreadTimeOut(true);
        timer.setRemoveOnCancelPolicy(true);
    }

    @Override
    public void started(RevisionInfo revision, Direction direction) {
        if (verbose) {
            log.info("migrate: " + RuntimeLog.started(revision, direction));
            return;
        }
        String running = "migrate: " + RuntimeLog.running(revision, direction);
        announcement = timer.schedule(() -> log.info(running), slow.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void finished(RevisionInfo revision, Direction direction, Duration took) {
        cancelAnnouncement();
        log.info("migrate: " + RuntimeLog.finished(revision, direction, took));
    }

    @Override
    public void failed(RevisionInfo revision, Direction direction, MigrationException error) {
        cancelAnnouncement();
        log.error("migrate: " + RuntimeLog.failed(revision, direction));
    }

    private void cancelAnnouncement() {
        if (announcement != null) {
            announcement.cancel(false);
            announcement = null;
        }
    }

    @Override
    public void nothingToRun(Direction direction, String target, String reason) {
        log.info("migrate: " + reason);
    }

    @Override
    public void warning(String message) {
        log.warn("migrate: " + message);
    }
}
