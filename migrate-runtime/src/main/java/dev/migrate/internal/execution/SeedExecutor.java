package dev.migrate.internal.execution;

import dev.migrate.MigrationException;
import dev.migrate.SeedData;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.jdbc.HistoryDirection;
import dev.migrate.internal.jdbc.HistoryRow;
import dev.migrate.internal.jdbc.HistoryStatus;
import dev.migrate.internal.jdbc.HistoryTable;
import dev.migrate.internal.jdbc.JdbcOps;
import dev.migrate.internal.jdbc.Texts;
import dev.migrate.internal.jdbc.VersionTable;
import dev.migrate.report.CommandNames;
import dev.migrate.spi.SeedDescriptor;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Runs a seed's {@code load} or {@code clean} on one connection, each in a transaction of its own
 * with its {@code seed} history row ({@code loaded} after a load, {@code cleaned} after a clean):
 * a failure rolls the seed's changes back and records a {@code failed} row. Seeds write data, which
 * every supported database rolls back; DDL in a seed commits at once on MySQL, MariaDB and H2.
 */
public final class SeedExecutor implements AutoCloseable {

    private final StepConnection on;
    /** What a failure's message suggests running again. */
    private final String again;

    /**
     * @param connection the connection to run on; its auto-commit mode is restored after each seed
     * @param dialect the database's dialect
     * @param versions the version table
     * @param history the history table
     * @param commands the front end's commands
     * @param again the command that runs the seeds again, for a failure's message
     */
    public SeedExecutor(Connection connection, Dialect dialect, VersionTable versions, HistoryTable history,
            CommandNames commands, String again) {
        this.on = new StepConnection(connection, dialect, versions, history, commands);
        this.again = again;
    }

    /**
     * Runs the seed's {@code load} or {@code clean} and records it.
     *
     * @param seed the seed
     * @param data a new instance of its class
     * @param load whether {@code load} runs (else {@code clean})
     * @throws MigrationException when it fails; its changes were rolled back and the failure recorded
     */
    public void run(SeedDescriptor seed, SeedData data, boolean load) {
        Instant startedAt = Instant.now();
        long start = System.nanoTime();
        boolean autoCommit = on.autoCommit();
        boolean ended = false;
        try {
            on.connection.setAutoCommit(false);
            JdbcOps ops = JdbcOps.forSeed(on.connection, on.statements, on.dialect, seed.id(), load, data.getClass());
            if (load) {
                data.load(ops);
            } else {
                data.clean(ops);
            }
            on.history.insert(on.connection, row(seed, load ? HistoryStatus.LOADED : HistoryStatus.CLEANED, startedAt,
                    start, null), on.installedBy());
            on.connection.commit();
            ended = true;
        } catch (Exception e) {
            on.rollback(e);
            ended = true;
            MigrationException failure = failure(seed, load, e);
            try {
                on.connection.setAutoCommit(true);
                on.history.insert(on.connection, row(seed, HistoryStatus.FAILED, startedAt, start,
                        failure.getMessage()), on.installedBy());
            } catch (SQLException | RuntimeException recording) {
                failure.addSuppressed(recording);
            }
            throw failure;
        } finally {
            if (!ended) {
                // An Error out of the seed: restoring auto-commit would commit what it did half-way.
                on.rollback(new IllegalStateException("seed " + seed.id() + " stopped"));
            }
            on.restoreAutoCommit(autoCommit);
        }
    }

    private static HistoryRow row(SeedDescriptor seed, HistoryStatus status, Instant startedAt, long start,
            String error) {
        return new HistoryRow(seed.id(), HistoryDirection.SEED, seed.className(), seed.checksum(), status, startedAt,
                StepConnection.elapsed(start), error, true, null);
    }

    private MigrationException failure(SeedDescriptor seed, boolean load, Exception e) {
        String what = e instanceof JdbcOps.StatementFailedException ? e.getMessage()
                : "Seed " + seed.id() + " failed to " + (load ? "load" : "clean") + ": "
                        + (e instanceof SQLException sql ? Texts.describe(sql) : Texts.describe(e));
        return new MigrationException(what + System.lineSeparator() + "Its changes were rolled back; fix the seed and"
                + " run " + again + " again", e);
    }

    /** Closes the statements the seeds kept open; the connection stays open. */
    @Override
    public void close() {
        on.statements.close();
    }
}
