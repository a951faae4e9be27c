package dev.migrate;

import dev.migrate.internal.Redaction;
import dev.migrate.internal.RuntimeLog;
import dev.migrate.internal.command.AcceptChecksumCommand;
import dev.migrate.internal.command.Commands;
import dev.migrate.internal.command.ResolveCommand;
import dev.migrate.internal.backup.BackupService;
import dev.migrate.internal.backup.UpgradeBackup;
import dev.migrate.internal.command.RunCommand;
import dev.migrate.internal.command.RuntimeMessage;
import dev.migrate.internal.command.ScriptCommand;
import dev.migrate.internal.command.StampCommand;
import dev.migrate.internal.command.StatusCommand;
import dev.migrate.internal.command.VerifyCommand;
import dev.migrate.internal.connect.UrlDataSource;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.engine.RevisionMap;
import dev.migrate.internal.index.IndexInBackground;
import dev.migrate.internal.index.LoadedRevisions;
import dev.migrate.internal.jdbc.LockWait;
import dev.migrate.report.CommandNames;
import dev.migrate.spi.RevisionAllowance;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Applies, reverts and stamps revisions, with Alembic's semantics, on one database.
 *
 * <p>The revisions come from the indexes that {@code migrate-processor} generated, found on the
 * class loader with {@link java.util.ServiceLoader}: nothing scans the class path. Every command
 * that changes the database runs under a database lock, so concurrent runs never interleave.
 *
 * <pre>{@code
 * try (Migrator migrator = Migrator.builder().dataSource(dataSource).build()) {
 *     migrator.upgrade("heads");
 * }
 * }</pre>
 *
 * <p>Targets are those of Alembic: {@code heads}, {@code head}, {@code base}, an id or a unique
 * prefix of one, a branch label, {@code label@head}, {@code label@base}, {@code label@<id>}, and
 * relative steps {@code +N}, {@code -N}, {@code <id>+N}, {@code label@-N}. A bad target is a
 * {@link MigrationException} thrown before anything is written.
 */
public final class Migrator implements AutoCloseable {

    /** The listener of a builder given none. */
    private static final MigrationListener SILENT = new MigrationListener() {};

    /** What this migrator opened for a JDBC URL, closed with it; {@code null} for a given data source. */
    private final UrlDataSource opened;
    private final LoadedRevisions revisions;
    /**
     * Built on first use: linking thousands of revisions into a graph is a good part of a cold
     * start, and {@link #status()} at every head, {@link #current()} and {@link #markResolved} of a
     * full id do without it. Guarded by {@code this}.
     */
    private Revisions graph;
    private final System.Logger logger;
    private final Commands commands;
    private final RunCommand run;
    private final StampCommand stamp;
    private final StatusCommand status;
    private final ResolveCommand resolve;
    private final AcceptChecksumCommand acceptChecksum;
    private final ScriptCommand script;
    private final VerifyCommand verify;
    private final TableNames tables;
    private final CommandNames commandNames;

    private Migrator(Builder builder, DataSource dataSource, UrlDataSource opened, LoadedRevisions revisions) {
        this.opened = opened;
        this.commandNames = builder.commandNames;
        this.revisions = revisions;
        this.logger = builder.logger;
        MigrationListener listener = RuntimeLog.announcing(builder.logger, builder.listener);
        // Steps build revision info and read the clock only for someone: a listener, or a log that keeps warnings.
        boolean listening = builder.listener != SILENT || builder.logger.isLoggable(System.Logger.Level.WARNING);
        LockWait lockWait = new LockWait(builder.lockTimeout, builder.lockWaitInterval, listener::warning);
        this.commands = new Commands(dataSource, builder.tables(),
                new Commands.Settings(lockWait, builder.validateChecksums, builder.singleTransaction,
                        builder.failOnAhead, builder.commandNames,
                        new Commands.Adoption(builder.allowNonEmptySchema, builder.ignoredTables), builder.environment,
                        builder.confirm),
                listener, listening, revisions, this::map, this::info);
        this.run = new RunCommand(commands, builder.upgradeBackup());
        this.stamp = new StampCommand(commands);
        this.status = new StatusCommand(commands);
        this.resolve = new ResolveCommand(commands);
        this.acceptChecksum = new AcceptChecksumCommand(commands);
        this.script = new ScriptCommand(commands);
        this.verify = new VerifyCommand(commands);
        this.tables = builder.tables();
    }

    /**
     * Starts configuring a migrator.
     *
     * @return a builder with the defaults: the context class loader, tables {@code migrate_version}
     *     and {@code migrate_history} in the default schema, a lock timeout of 10 minutes, checksum
     *     validation on
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Applies every revision needed to reach {@code target}, in dependency order.
     *
     * <p>A database <em>ahead</em> of this build (a newer build applied revisions this one does not
     * have on top of its heads, as the history table shows: a rolling deploy, an application rolled
     * back) needs nothing from it: an upgrade to this build's heads, or to any of its revisions,
     * changes nothing and tells the {@linkplain Builder#listener listener}'s {@link
     * MigrationListener#warning warning} which revisions the database has beyond this build, unless
     * {@link Builder#failOnAhead failOnAhead} makes it fail. A target above this build is refused.
     * Version rows that do not descend from this build's heads (a diverged branch, another project's
     * revisions) are refused, naming each row.
     *
     * <p>An upgrade also refuses, before running anything, while the graph places revisions below the
     * current rows that never ran here ({@linkplain Status#unappliedAncestors() unapplied ancestors}:
     * inserted into a line that was applied already, or an applied revision renamed), since it would
     * skip them for good. The message names each and the fix: make it revise the current head, or
     * {@link #stamp(String...) stamp} it if its change is already in the database.
     *
     * @param target where to go, such as {@code "heads"} or {@code "+1"}
     * @return the ids of the revisions applied, in order; empty when already there, including a
     *     target already applied (at or below the current revisions), which the listener's {@link
     *     MigrationListener#nothingToRun} reports, or when the database is ahead
     * <p>A schema that holds tables but no version table (a database that predates migrate) is
     * refused before anything is written, unless {@link Builder#allowNonEmptySchema
     * allowNonEmptySchema} allows it or every such table is one of the {@link Builder#ignoredTables
     * ignoredTables}: {@link #stamp(String...) stamp} the revision that the schema matches first.
     *
     * @throws MigrationException for a bad target, a schema that predates migrate, a changed checksum,
     *     an unresolved earlier failure, a revision that fails, version rows this build cannot place,
     *     or unapplied ancestors
     */
    public List<String> upgrade(String target) {
        return logged(target, true);
    }

    /**
     * Reverts every applied revision above {@code target}, each before the revisions it stands on.
     *
     * @param target where to go, such as {@code "-1"}, {@code "base"} or {@code "label@base"}
     * @return the ids of the revisions reverted, in order; empty when already there
     * @throws MigrationException for a bad target, an unresolved earlier failure, a revision that
     *     fails, a database ahead of this build (see {@link #upgrade}), which only the newer
     *     build can downgrade, or a plan that would revert an {@linkplain Status#unappliedAncestors()
     *     unapplied ancestor}
     */
    public List<String> downgrade(String target) {
        return logged(target, false);
    }

    /** Runs an upgrade or downgrade, and logs what it did once for the command. */
    private List<String> logged(String target, boolean up) {
        long start = System.nanoTime();
        List<String> done = run.run(target, up);
        RuntimeLog.command(logger, up, target, done, Duration.ofNanos(System.nanoTime() - start));
        return done;
    }

    /**
     * The SQL script of {@link #upgrade}, from the revisions the database is at now, for a DBA to
     * review and run, as {@link SqlScripts} writes it; the database is only read. When its
     * bookkeeping tables are empty or missing, the script creates them first.
     *
     * @param target where to go, such as {@code "heads"}
     * @return the script; only its header comment when there is nothing to do
     * @throws MigrationException for a bad target, or a revision that cannot be written without a database
     */
    public String upgradeSql(String target) {
        return script.script(target, true);
    }

    /**
     * The SQL script of {@link #downgrade}, from the revisions the database is at now, as {@link
     * SqlScripts} writes it; the database is only read.
     *
     * @param target where to go, such as {@code "base"}
     * @return the script; only its header comment when there is nothing to do
     * @throws MigrationException for a bad target, or a revision that cannot be written without a database
     */
    public String downgradeSql(String target) {
        return script.script(target, false);
    }

    /**
     * Sets the version table to {@code targets} without running any revision.
     *
     * <p>Targets that name only {@linkplain Status#unappliedAncestors() unapplied ancestors}
     * (revisions below the current ones that never ran) record each as stamped, its change being in
     * the database already, and leave the version table as it is.
     *
     * @param targets the revisions the database now has, such as {@code "heads"} or an id
     * @return the version table's rows afterwards
     * @throws MigrationException for a bad target
     */
    public List<String> stamp(String... targets) {
        return stamp(false, targets);
    }

    /**
     * Sets the version table to {@code targets} without running any revision.
     *
     * @param purge whether to delete every row first, for a table that names unknown revisions
     * @param targets the revisions the database now has
     * @return the version table's rows afterwards
     * @throws MigrationException for a bad target; without {@code purge}, for a database ahead of
     *     this build (see {@link #upgrade}), which only the newer build can stamp, or rows that name
     *     revisions this build cannot place
     */
    public List<String> stamp(boolean purge, String... targets) {
        return stamp.stamp(purge, targets);
    }

    /**
     * The version table's rows that {@link #stamp(boolean, String...)} would leave, without writing
     * anything or taking the lock: a dry run of a stamp, from the rows the database has now.
     *
     * @param purge whether the stamp would delete every row first
     * @param targets the revisions the database would have
     * @return the rows, sorted
     * @throws MigrationException for a bad target, or a database the stamp would refuse (see {@link
     *     #stamp(boolean, String...)})
     */
    public List<String> stampPlan(boolean purge, String... targets) {
        return stamp.plan(purge, targets);
    }

    /**
     * Runs every applied revision's {@link Migration#verify} again against the live database,
     * each in a read-only transaction that is rolled back, without the lock: a drift check, such as
     * a column a revision added that someone dropped by hand. It writes nothing.
     *
     * @return which revisions were verified and which failed, with why
     * @throws MigrationException when the database cannot be read, or has rows this build cannot place
     */
    public VerifyResult verify() {
        return verify.verify();
    }

    /**
     * Refuses a destructive action in production unless the configuration confirms it by naming
     * the database (see {@link Builder#environment}); does nothing outside production. The rule the
     * migrator applies to its own destructive commands, for a front end's other ones (a reset,
     * seeding with cleanup) to apply before they write; {@link Backups#restore(java.nio.file.Path)}
     * applies it itself. It only reads the database's name.
     *
     * @param action what would be destroyed, for the message, such as {@code reset drops every table}
     * @throws MigrationException in production without the confirmation, or with one naming another
     *     database; the message says what to add
     */
    public void requireConfirmed(String action) {
        commands.requireConfirmed(action);
    }

    /**
     * The ids in the version table: the database's current revisions.
     *
     * @return the ids, sorted; empty for a database without revisions
     */
    public List<String> current() {
        return status.current();
    }

    /**
     * The heads of the revision graph. Needs no database.
     *
     * @return the head ids, sorted
     */
    public List<String> heads() {
        // One pass over the index, without linking the graph: front ends ask this before every command.
        return revisions.heads().stream().sorted().toList();
    }

    /**
     * The revision graph, to look at without a database: revisions, branch points, one revision
     * by target. Needs no database.
     *
     * @return the graph of the revisions this migrator runs
     */
    public Revisions revisions() {
        return graph();
    }

    /**
     * Every revision, newest first, marked with whether the database has it applied.
     *
     * @return the revisions in history order
     */
    public List<RevisionInfo> history() {
        return status.marked(current -> map().history());
    }

    /**
     * The revisions of a range, newest first, as {@code alembic history -r start:end} lists them,
     * each marked with whether the database has it applied.
     *
     * <p>The range is {@code start:end}, {@code start:} (up to the heads) or {@code :end} (from
     * base), both ends included. Each side is any target ({@code base}, {@code heads}, {@code
     * head}, an id or a unique prefix, a branch label, {@code label@head}, {@code label@<id>}, ...)
     * or {@code current}, the database's current revisions. The start may also be {@code -N} (or
     * {@code label@-N}), counted down from the end: {@code -3:current} is the current revision and
     * the three below it. The end may be {@code +N} (or {@code label@+N}), counted up from the
     * start, or {@code <id>+N} / {@code <id>-N}. A relative walk that runs past the end of the
     * history stops there. A {@code label@...} start keeps to the end's revisions on that branch.
     * The start must be below the end, on its line of history.
     *
     * @param range the range, such as {@code "ae1027:heads"}, {@code "base:current"} or {@code "-3:"}
     * @return the revisions in history order; empty when the range holds none
     * @throws MigrationException when the range is not {@code start:end}, a side is unknown or
     *     ambiguous, or the start is not below the end; the message says what to write instead
     */
    public List<RevisionInfo> history(String range) {
        Objects.requireNonNull(range, "range");
        return status.marked(current -> map().history(range, current));
    }

    /**
     * The latest step the history table records for each revision that has one: how it ended,
     * when, for how long and by whom. What {@code history} shows beside each revision.
     *
     * @return the runs by revision id, sorted by id; empty for a database without history
     */
    public Map<String, RevisionRun> runs() {
        return status.runs();
    }

    /**
     * The lint findings the revisions accept on purpose with {@link Allow}, each with its reason, as
     * the processor recorded them in the index. What {@code history} shows beside each revision.
     * Needs no database.
     *
     * @return each revision's allowances in the order declared, by revision id, sorted; revisions
     *     without one are left out
     */
    public Map<String, List<RevisionAllowance>> allowances() {
        return revisions.allowances();
    }

    /**
     * Where the database stands: current rows, pending revisions, blocking failures and changed
     * checksums, read in one pass over the bookkeeping tables, without the migration lock.
     *
     * <p>A revision whose history row says {@code running} is listed as failed only when no run
     * holds the lock (tried once, without waiting): then the process that ran it stopped part-way.
     * While a run holds the lock, the row is that run's step in progress and is not listed.
     *
     * <p>On a database ahead of this build (see {@link #upgrade}) nothing is pending and {@link
     * Status#ahead()} lists the revisions it has beyond this build.
     * Otherwise {@link Status#unappliedAncestors()} lists the revisions below the current ones that
     * never ran (see {@link #upgrade}), one more scan of the history table's applied rows.
     *
     * @return the status
     * @throws MigrationException when the version rows name revisions this build cannot place (see
     *     {@link #upgrade})
     */
    public Status status() {
        return status.status();
    }

    /**
     * Where the database stands, for a health check that polls it: the {@link #status()}, the
     * revisions whose step a run is doing now, and whether a run holds the lock. It reads what
     * {@link #status()} reads, on one connection, and asks for the lock once without waiting when no
     * step is in progress; nothing else of the history ({@link #runs()}). Whether each revision is
     * applied, as {@link #history()} marks it, follows: a revision is applied unless it is {@linkplain
     * Status#pending() pending} or an {@linkplain Status#unappliedAncestors() unapplied ancestor}.
     *
     * @return the status, the steps in progress and the lock
     * @throws MigrationException as {@link #status()} and {@link #lockHeld()} throw it
     */
    public LiveStatus liveStatus() {
        return status.live();
    }

    /**
     * Whether a migration run holds the lock on this migrator's version table right now (another
     * process's, or a command of this one in another thread): asked once, without waiting. The lock
     * is taken and given back at once when it is free; nothing is created or changed. For a health
     * check that reports a run in progress.
     *
     * @return whether a run holds the lock
     * @throws MigrationException when the database cannot be asked
     */
    public boolean lockHeld() {
        return status.lockHeld();
    }

    /**
     * Marks a revision's failure as repaired by hand, so that commands run again.
     *
     * <p>A revision that fails outside a transaction may leave a half-applied change behind: on
     * MySQL and MariaDB, whose DDL commits at once, on H2, and for a revision with {@code
     * transactional = false} on any database. Its failure then blocks every later upgrade and
     * downgrade (the message names this method). Repair the database first: undo what the revision
     * did and let the next upgrade run it again (fixed, if it was wrong), or finish it by hand and
     * {@link #stamp(String...) stamp} it. Then call this method. A failure that was rolled back
     * with its transaction blocks nothing and needs no resolving.
     *
     * <p>The same holds for a revision whose process stopped (killed, out of memory, power lost)
     * while it ran outside a transaction: its history row was left {@code running}, and later runs
     * refuse until it is resolved here.
     *
     * <p>This records a {@code rolled_back} row in the history table, under the migration lock; it
     * changes neither the version table nor the schema. {@link #status()} no longer lists the
     * revision as failed.
     *
     * @param revision the failed revision's full id, or a unique prefix of a revision id on the class
     *     path (a full id also works for a revision no longer on it)
     * @return the failure that was marked resolved
     * @throws MigrationException when no revision has that id, or the revision has no failure to
     *     resolve; the message lists the revisions that have one
     */
    public ResolvedFailure markResolved(String revision) {
        return resolve.markResolved(revision);
    }

    /**
     * Accepts the changed source of an applied revision: from now on its checksum in this build is
     * the one checked, not the one it was applied with.
     *
     * <p>An applied revision whose source changed blocks every upgrade (see {@link
     * Builder#validateChecksums}). When the change does not alter what the revision does (a
     * comment, formatting, a renamed local variable), this lets that one revision pass, where turning
     * validation off would let every revision pass. The history table records it as a row of its own:
     * direction {@code checksum}, status {@code accepted}, the new checksum, the reason as its message,
     * and the database user; {@link #runs()} shows it. A later edit blocks again. Nothing else changes.
     *
     * @param revision the revision's full id, or a unique prefix of one
     * @param reason why the change is harmless, kept in the history table; required
     * @return what was recorded
     * @throws MigrationException when the reason is missing or blank, no revision of this build has
     *     that id, or the revision is not applied or its source has not changed; the message lists the
     *     revisions whose source changed
     */
    public AcceptedChecksum acceptChecksum(String revision, String reason) {
        return acceptChecksum.accept(revision, reason);
    }

    /**
     * The tables migrate keeps its own records in, as the builder named them: the version table, the
     * history table, and the lock table ({@code <version table>_lock}) on H2. They are in the
     * builder's {@linkplain Builder#schema schema}, or the connection's. What a comparison of
     * schemas (such as {@code migrate-junit}'s round trip) leaves out.
     *
     * @return the unqualified table names
     */
    public List<String> bookkeepingTables() {
        return tables.all();
    }

    /** Closes the connection pool this migrator opened for a JDBC URL, if any; a given data source is left open. */
    @Override
    public void close() {
        if (opened != null) {
            opened.close();
        }
    }

    private RevisionInfo info(String id, boolean applied) {
        return graph().info(id, applied);
    }

    private synchronized Revisions graph() {
        if (graph == null) {
            graph = new Revisions(revisions.descriptors());
        }
        return graph;
    }

    /** The map, its messages naming the front end's commands. */
    private RevisionMap map() {
        return graph().map().advising(commandNames);
    }

    /** Configures a {@link Migrator}. */
    public static final class Builder {
        /** How long a command waits for another run's lock unless told otherwise. */
        static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofMinutes(10);

        private DataSource dataSource;
        private String url;
        private String user;
        private String password;
        private boolean pooled;
        private System.Logger logger = RuntimeLog.logger();
        private ClassLoader classLoader = Thread.currentThread().getContextClassLoader();
        private String schema;
        private String versionTable = TableNames.DEFAULT_VERSION_TABLE;
        private String historyTable = TableNames.DEFAULT_HISTORY_TABLE;
        private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
        private Duration lockWaitInterval = LockWait.DEFAULT_INTERVAL;
        private MigrationListener listener = SILENT;
        private boolean validateChecksums = true;
        private boolean singleTransaction;
        private boolean failOnAhead;
        private boolean allowNonEmptySchema;
        private List<String> ignoredTables = List.of();
        private CommandNames commandNames = CommandNames.API;
        private Path backupDirectory;
        private boolean restoreOnFailure;
        private Map<String, String> toolEnvironment = System.getenv();
        private String environment;
        private String confirm;

        private Builder() {}

        /**
         * Takes a backup ({@link Backups}) into {@code directory} before an upgrade that has anything
         * to apply, once the lock is held; off by default. Needs a {@link #url url}.
         *
         * @param directory the backup directory, or {@code null} for none
         * @param restoreOnFailure whether a failed upgrade restores that backup (for databases whose DDL
         *     cannot roll back, MySQL/MariaDB), records the failed revision as {@code rolled_back} in the
         *     history and says in its message which backup was restored
         * @return this builder
         */
        public Builder backupBeforeUpgrade(Path directory, boolean restoreOnFailure) {
            this.backupDirectory = directory;
            this.restoreOnFailure = restoreOnFailure;
            return this;
        }

        /**
         * The environment the backup tools of {@link #backupBeforeUpgrade} run in; the process's by default.
         *
         * @param environment the variables; its {@code PATH} finds the tools
         * @return this builder
         */
        public Builder toolEnvironment(Map<String, String> environment) {
            this.toolEnvironment = Map.copyOf(environment);
            return this;
        }

        /** The backup before an upgrade, or {@code null}; its tools checked before anything runs. */
        UpgradeBackup upgradeBackup() {
            if (backupDirectory == null) {
                return null;
            }
            if (url == null) {
                throw new MigrationException("backupBeforeUpgrade needs the database's URL: set url, not a DataSource");
            }
            UpgradeBackup backup = new UpgradeBackup(new BackupService(url, user, password, schema, toolEnvironment),
                    backupDirectory, restoreOnFailure);
            backup.requireTools();
            return backup;
        }

        /**
         * The database, as a data source the caller owns and closes.
         *
         * @param dataSource the data source
         * @return this builder
         */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * The database, as a JDBC URL. Each command opens the few connections it needs through the
         * JDBC driver and closes them again (no pool), unless {@link #pooled(boolean) pooled} asks
         * for one. The driver must be on the class path: {@code jdbc:postgresql:}, {@code
         * jdbc:mysql:}, {@code jdbc:mariadb:} and {@code jdbc:h2:} URLs are supported.
         *
         * @param url the JDBC URL, such as {@code jdbc:postgresql://db:5432/app}
         * @param user the user, or {@code null}
         * @param password the password, or {@code null}; it never appears in a message
         * @return this builder
         */
        public Builder url(String url, String user, String password) {
            this.url = Objects.requireNonNull(url, "url");
            this.user = user;
            this.password = password;
            return this;
        }

        /**
         * Whether a {@link #url url} is served by a HikariCP pool (up to 3 connections, one kept
         * open between commands, closed by {@link Migrator#close()}) instead of a connection per
         * use; off by default. A long-lived migrator that runs many commands gains from it. HikariCP
         * is an optional dependency of the runtime: add {@code com.zaxxer:HikariCP} to use it.
         *
         * @param pooled whether to pool the URL's connections
         * @return this builder
         */
        public Builder pooled(boolean pooled) {
            this.pooled = pooled;
            return this;
        }

        /**
         * Where the migrator logs what it does: the database and tables used (DEBUG), each revision
         * applied or reverted (INFO), a class loader without revision index (WARNING). By default
         * {@code System.getLogger("dev.migrate")}, which the JDK routes to the application's logging.
         *
         * @param logger the logger
         * @return this builder
         */
        public Builder logger(System.Logger logger) {
            this.logger = Objects.requireNonNull(logger, "logger");
            return this;
        }

        /**
         * The class loader whose revision indexes to load; by default the thread's context class loader.
         *
         * @param classLoader the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader classLoader) {
            this.classLoader = Objects.requireNonNull(classLoader, "classLoader");
            return this;
        }

        /**
         * The schema (a database, on MySQL) of the bookkeeping tables; by default the connection's.
         *
         * @param schema the schema name
         * @return this builder
         */
        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        /**
         * The version table's name; {@code migrate_version} by default.
         *
         * @param versionTable the table name
         * @return this builder
         */
        public Builder versionTable(String versionTable) {
            this.versionTable = Objects.requireNonNull(versionTable, "versionTable");
            return this;
        }

        /**
         * The history table's name; {@code migrate_history} by default.
         *
         * @param historyTable the table name
         * @return this builder
         */
        public Builder historyTable(String historyTable) {
            this.historyTable = Objects.requireNonNull(historyTable, "historyTable");
            return this;
        }

        /**
         * How long to wait for another run's lock; 10 minutes by default. A command that must wait
         * says so at once through the listener's {@link MigrationListener#warning} and the log, naming
         * the lock's holder where the database tells it, and again every 30 s while it waits.
         *
         * @param lockTimeout the longest wait
         * @return this builder
         */
        public Builder lockTimeout(Duration lockTimeout) {
            this.lockTimeout = Objects.requireNonNull(lockTimeout, "lockTimeout");
            return this;
        }

        /** How often a command waiting for the lock says so again; 30 s unless a test shortens it. */
        Builder lockWaitInterval(Duration interval) {
            this.lockWaitInterval = Objects.requireNonNull(interval, "interval");
            return this;
        }

        /**
         * Who hears each step.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(MigrationListener listener) {
            this.listener = Objects.requireNonNull(listener, "listener");
            return this;
        }

        /**
         * Whether an upgrade refuses to run while an applied revision's source differs from what was
         * applied; on by default.
         *
         * @param validateChecksums whether to validate
         * @return this builder
         */
        public Builder validateChecksums(boolean validateChecksums) {
            this.validateChecksums = validateChecksums;
            return this;
        }

        /**
         * Whether {@link Migrator#upgrade upgrade} and {@link Migrator#downgrade downgrade} run all the
         * steps of one command, with their bookkeeping, in a single transaction: the command commits as
         * a whole or leaves nothing applied. Off by default: each revision commits on its own, so a
         * failure keeps the revisions before it.
         *
         * <p>Only PostgreSQL can roll DDL back: on MySQL, MariaDB and H2 a command refuses to start
         * with this on. A revision declared {@code transactional = false} cannot join the transaction
         * either, so a plan that holds one is refused before anything runs. A failure rolls everything
         * back and records a {@code failed} history row, which does not block later runs. The
         * transaction keeps a lock on every table it changes until it commits, and PostgreSQL's lock
         * table ({@code max_locks_per_transaction} per connection) must hold them all: split very long
         * runs. {@link Migrator#stamp stamp} is always one transaction.
         *
         * @param singleTransaction whether each command commits as a whole
         * @return this builder
         */
        public Builder singleTransaction(boolean singleTransaction) {
            this.singleTransaction = singleTransaction;
            return this;
        }

        /**
         * Whether {@link Migrator#upgrade upgrade} fails on a database ahead of this build (a newer
         * build applied revisions this one does not have on top of its heads) rather than changing
         * nothing and warning; off by default, so that during a rolling deploy, or after an
         * application is rolled back, the older build still starts. The Maven plugin's {@code check}
         * fails on such a database too with it on.
         *
         * @param failOnAhead whether an upgrade of a database ahead of this build fails
         * @return this builder
         */
        public Builder failOnAhead(boolean failOnAhead) {
            this.failOnAhead = failOnAhead;
            return this;
        }

        /**
         * Whether {@link Migrator#upgrade upgrade} runs the revisions on a schema that holds tables but
         * no version table; off by default. Such a schema predates migrate (or another tool manages
         * it), and running the revisions from the first would collide with what is there, so the
         * upgrade refuses before anything is written. The better way in is to {@link Migrator#stamp
         * stamp} the revision the schema matches; turn this on when the revisions are meant to run on
         * top of what is there. As in Flyway, an empty version table counts as set up: the check is for
         * a missing one. Only the bookkeeping tables' schema counts (on MySQL/MariaDB, their database).
         *
         * @param allowNonEmptySchema whether to upgrade a schema that predates migrate
         * @return this builder
         */
        public Builder allowNonEmptySchema(boolean allowNonEmptySchema) {
            this.allowNonEmptySchema = allowNonEmptySchema;
            return this;
        }

        /**
         * Tables that are not migrate's (another tool's, a replication agent's) and so do not make a
         * schema non-empty for {@link #allowNonEmptySchema}; none by default. Names are matched as the
         * database stores them (PostgreSQL folds unquoted names to lower case, H2 to upper case; on H2
         * a name given in lower case also matches its upper-case form).
         *
         * @param tables the table names, without schema
         * @return this builder
         */
        public Builder ignoredTables(Collection<String> tables) {
            this.ignoredTables = List.copyOf(tables);
            return this;
        }

        /**
         * How the messages that suggest a repair name its command ({@code stamp} with purge, {@code
         * resolve}, accepting a checksum, the settings that let an upgrade run on a non-empty schema):
         * a front end that runs the migrator for its users gives its own, such as {@code
         * mvn migrate:stamp -Dmigrate.purge=true -Dmigrate.target=<revision>}. By default the calls of
         * this API, such as {@code Migrator.stamp(true, "<revision>")}.
         *
         * @param commandNames the front end's commands
         * @return this builder
         */
        public Builder commandNames(CommandNames commandNames) {
            this.commandNames = Objects.requireNonNull(commandNames, "commandNames");
            return this;
        }

        /**
         * The environment the migrator runs in, free text such as {@code dev} or {@code staging}.
         * {@code prod} and {@code production} (any case) are production: there, a {@linkplain
         * Migrator#downgrade downgrade} to base or of more than one revision, a {@linkplain
         * Migrator#stamp(boolean, String...) stamp with purge}, and whatever a front end checks
         * with {@link Migrator#requireConfirmed}, fail before writing unless {@link #confirm}
         * names the database. None by default, which runs everything as always.
         *
         * @param environment the environment's name, or {@code null} for none
         * @return this builder
         */
        public Builder environment(String environment) {
            this.environment = environment;
            return this;
        }

        /**
         * The name of the database, confirming a destructive command in production (see {@link
         * #environment}): the name the connection's database has, PostgreSQL's {@code
         * current_database()}, MySQL's and MariaDB's {@code DATABASE()} (the default schema of the
         * connection), H2's {@code DATABASE()} (the database's short name); compared ignoring case.
         *
         * @param database the database's name, or {@code null} for none
         * @return this builder
         */
        public Builder confirm(String database) {
            this.confirm = database;
            return this;
        }

        /**
         * Loads the revision indexes and checks the merged graph, as {@link #build()} does, for
         * writing SQL scripts without a database: the offline mode. The class loader and the
         * bookkeeping tables' schema and names are this builder's; no database needs configuring.
         *
         * @param dialect the database the scripts are for: {@code postgresql}, {@code mysql},
         *     {@code mariadb} or {@code h2}
         * @return the script writer
         * @throws MigrationException when the dialect is unknown, or the revisions are invalid
         */
        public SqlScripts sqlScripts(String dialect) {
            return new SqlScripts(dialect, classLoader, tables());
        }

        private TableNames tables() {
            TableNames names = new TableNames(null, versionTable, historyTable);
            return schema == null ? names : names.inSchema(schema);
        }

        private static String qualified(String schema, String table) {
            return schema == null ? table : schema + "." + table;
        }

        /**
         * Loads the revision indexes, checks the merged graph, and creates the migrator.
         *
         * @return the migrator
         * @throws MigrationException when no database is configured, a pool is asked for without HikariCP on
         *     the class path, or the revisions are invalid
         */
        public Migrator build() {
            if ((dataSource == null) == (url == null)) {
                throw new MigrationException(RuntimeMessage.DATABASE_NOT_CONFIGURED.format());
            }
            // The indexes load while the first connection opens: the pool's, or the one opened ahead.
            IndexInBackground index = IndexInBackground.start(classLoader, true);
            UrlDataSource opened = null;
            DataSource target = dataSource;
            if (url != null) {
                try {
                    opened = UrlDataSource.open(url, user, password, pooled);
                } catch (MigrationException e) {
                    throw e;
                } catch (RuntimeException e) {
                    throw new MigrationException(RuntimeMessage.CANNOT_CONNECT.format(Redaction.url(url),
                            Redaction.message(e, password)), e);
                }
                target = opened.dataSource();
            }
            try {
                TableNames names = tables();
                RuntimeLog.database(logger, url == null ? "from a " + dataSource.getClass().getName() : Redaction.url(url),
                        qualified(names.schema(), names.versionTable()), qualified(names.schema(), names.historyTable()));
                LoadedRevisions loaded = index.join();
                if (loaded.descriptors().isEmpty()) {
                    RuntimeLog.noIndex(logger, classLoader);
                }
                return new Migrator(this, target, opened, loaded);
            } catch (RuntimeException e) {
                if (opened != null) {
                    opened.close();
                }
                throw e;
            }
        }
    }
}
