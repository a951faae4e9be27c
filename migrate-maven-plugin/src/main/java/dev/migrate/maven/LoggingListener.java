package dev.migrate.maven;

import dev.migrate.Direction;
import dev.migrate.MigrationException;
import dev.migrate.MigrationListener;
import dev.migrate.RevisionInfo;
import java.time.Duration;
import java.util.Locale;
import org.apache.maven.plugin.logging.Log;

/** Prints each step of an upgrade or downgrade with its duration, and the runtime's warnings. */
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
            log.info("migrate: " + verb(direction) + " " + revision.id() + " (" + revision.className() + ") ...");
        }
    }

    @Override
    public void finished(RevisionInfo revision, Direction direction, Duration took) {
        log.info(String.format(Locale.ROOT, "migrate: %s %s %s (%d ms)", verb(direction), revision.id(),
                quoted(revision.message()), took.toMillis()));
    }

    @Override
    public void failed(RevisionInfo revision, Direction direction, MigrationException error) {
        log.error("migrate: " + verb(direction) + " " + revision.id() + " " + quoted(revision.message()) + " failed");
    }

    @Override
    public void warning(String message) {
        log.warn("migrate: " + message);
    }

    private static String verb(Direction direction) {
        return direction == Direction.UPGRADE ? "upgrade" : "downgrade";
    }

    private static String quoted(String message) {
        return message == null || message.isEmpty() ? "" : "\"" + message + "\"";
    }
}
