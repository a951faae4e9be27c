package dev.migrate.internal;

import dev.migrate.Direction;
import dev.migrate.MigrationException;
import dev.migrate.MigrationListener;
import dev.migrate.RevisionInfo;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * What the runtime says about its work, through {@link System.Logger}: no logging framework is
 * forced on an application, and the JDK routes it to whichever the application has (JUL by
 * default; SLF4J, Log4j and others through their {@code System.LoggerFinder}).
 *
 * <p>DEBUG: the database and tables used, each step starting. INFO: each revision applied or
 * reverted. WARNING: no revision index on the class loader, a failed step.
 */
public final class RuntimeLog {

    /** The logger's name: one for the whole runtime, so one setting turns it up or down. */
    public static final String NAME = "dev.migrate";

    private RuntimeLog() {}

    /**
     * The runtime's default logger.
     *
     * @return {@code System.getLogger("dev.migrate")}
     */
    public static Logger logger() {
        return System.getLogger(NAME);
    }

    /**
     * One step about to run.
     *
     * @param revision the revision
     * @param direction which way it runs
     * @return such as {@code upgrade a1f0c3e5b7d9 (db.CreateUsers) ...}
     */
    public static String started(RevisionInfo revision, Direction direction) {
        return verb(direction) + " " + revision.id() + " (" + revision.className() + ") ...";
    }

    /**
     * One finished step, as the runtime logs it and the Maven plugin prints it.
     *
     * @param revision the revision
     * @param direction which way it ran
     * @param took how long it took
     * @return such as {@code upgrade a1f0c3e5b7d9 "create users" (7 ms)}
     */
    public static String finished(RevisionInfo revision, Direction direction, Duration took) {
        return String.format(Locale.ROOT, "%s %s %s(%d ms)", verb(direction), revision.id(),
                quoted(revision.message()), took.toMillis());
    }

    /**
     * Logs at INFO what one upgrade or downgrade did, once for the command: how many revisions ran,
     * the first and the last, and how long it took.
     *
     * @param log where to log
     * @param up whether it was an upgrade
     * @param target the target as given
     * @param done the revisions run, in order; nothing is logged when empty (the listener said why)
     * @param took how long the command took
     */
    public static void command(Logger log, boolean up, String target, List<String> done, Duration took) {
        if (done.isEmpty()) {
            return;
        }
        String span = done.size() == 1 ? done.get(0) : done.get(0) + " to " + done.get(done.size() - 1);
        log.log(Level.INFO, () -> String.format(Locale.ROOT, "%s to %s: %d revision(s) %s, %s, in %d ms",
                up ? "upgraded" : "downgraded", target, done.size(), up ? "applied" : "reverted", span,
                took.toMillis()));
    }

    /**
     * A step still running after a while, announced so that a run that seems stuck says what it does.
     *
     * @param revision the revision
     * @param direction which way it runs
     * @return such as {@code upgrade a1f0c3e5b7d9 "create users" is running ...}
     */
    public static String running(RevisionInfo revision, Direction direction) {
        return verb(direction) + " " + revision.id() + " " + quoted(revision.message()) + "is running ...";
    }

    /**
     * One failed step.
     *
     * @param revision the revision
     * @param direction which way it ran
     * @return such as {@code upgrade a1f0c3e5b7d9 "create users" failed}
     */
    public static String failed(RevisionInfo revision, Direction direction) {
        return verb(direction) + " " + revision.id() + " " + quoted(revision.message()) + "failed";
    }

    /**
     * A listener that logs each step, why nothing ran, and each warning, then passes it on.
     *
     * @param log where to log
     * @param next the application's listener
     * @return the listener
     */
    public static MigrationListener announcing(Logger log, MigrationListener next) {
        return new MigrationListener() {
            @Override
            public void planned(Direction direction, int steps) {
                next.planned(direction, steps);
            }

            @Override
            public void started(RevisionInfo revision, Direction direction) {
                log.log(Level.DEBUG, () -> RuntimeLog.started(revision, direction));
                next.started(revision, direction);
            }

            @Override
            public void finished(RevisionInfo revision, Direction direction, Duration took) {
                // DEBUG, not INFO: java.util.logging's default console costs about 0.35 ms a line, which
                // on a long history made the whole run twice the JDBC floor's CPU; INFO gets one summary.
                log.log(Level.DEBUG, () -> RuntimeLog.finished(revision, direction, took));
                next.finished(revision, direction, took);
            }

            @Override
            public void failed(RevisionInfo revision, Direction direction, MigrationException error) {
                log.log(Level.WARNING, () -> RuntimeLog.failed(revision, direction) + ": " + error.getMessage());
                next.failed(revision, direction, error);
            }

            @Override
            public void nothingToRun(Direction direction, String target, String reason) {
                log.log(Level.INFO, reason);
                next.nothingToRun(direction, target, reason);
            }

            @Override
            public void warning(String message) {
                log.log(Level.WARNING, message);
                next.warning(message);
            }
        };
    }

    /**
     * Logs at DEBUG which database and tables a migrator uses.
     *
     * @param log where to log
     * @param database the database, without credentials
     * @param versionTable the version table, schema-qualified when a schema is set
     * @param historyTable the history table, likewise
     */
    public static void database(Logger log, String database, String versionTable, String historyTable) {
        log.log(Level.DEBUG, () -> "database " + database + ", tables " + versionTable + " and " + historyTable);
    }

    /**
     * Warns that a class loader holds no revision index, so that commands will find nothing to run:
     * usually the annotation processor was left out of the build.
     *
     * @param log where to log
     * @param classLoader the class loader searched
     */
    public static void noIndex(Logger log, ClassLoader classLoader) {
        log.log(Level.WARNING, () -> "No revision index found on the class loader " + describe(classLoader)
                + ": there are no revisions, so upgrade and downgrade apply nothing. Compile the revisions with"
                + " dev.migrate:migrate-processor on the annotation processor path (it generates the index,"
                + " META-INF/services/dev.migrate.spi.RevisionIndex), and run with that class loader");
    }

    private static String describe(ClassLoader loader) {
        if (loader == null) {
            return "(bootstrap)";
        }
        return loader.getName() != null ? "'" + loader.getName() + "'" : loader.getClass().getName();
    }

    private static String verb(Direction direction) {
        return direction == Direction.UPGRADE ? "upgrade" : "downgrade";
    }

    private static String quoted(String message) {
        return message == null || message.isEmpty() ? "" : "\"" + message + "\" ";
    }
}
