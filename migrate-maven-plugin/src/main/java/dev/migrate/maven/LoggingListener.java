package dev.migrate.maven;

import dev.migrate.Direction;
import dev.migrate.MigrationException;
import dev.migrate.MigrationListener;
import dev.migrate.RevisionInfo;
import dev.migrate.internal.RuntimeLog;
import java.time.Duration;
import org.apache.maven.plugin.logging.Log;

/** Prints each step of an upgrade or downgrade with its duration. */
final class LoggingListener implements MigrationListener {

    private final Log log;
    private final boolean verbose;

    LoggingListener(Log log, boolean verbose) {
        this.log = log;
        this.verbose = verbose;
    }

    @Override
    public void started(RevisionInfo revision, Direction direction) {
        if (verbose) {
            log.info("migrate: " + RuntimeLog.started(revision, direction));
        }
    }

    @Override
    public void finished(RevisionInfo revision, Direction direction, Duration took) {
        log.info("migrate: " + RuntimeLog.finished(revision, direction, took));
    }

    @Override
    public void failed(RevisionInfo revision, Direction direction, MigrationException error) {
        log.error("migrate: " + RuntimeLog.failed(revision, direction));
    }
}
