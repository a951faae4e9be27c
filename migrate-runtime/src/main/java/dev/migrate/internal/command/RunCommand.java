package dev.migrate.internal.command;

import dev.migrate.Backup;
import dev.migrate.Direction;
import dev.migrate.Migration;
import dev.migrate.MigrationException;
import dev.migrate.RevisionInfo;
import dev.migrate.internal.backup.UpgradeBackup;
import dev.migrate.internal.engine.PlannedStep;
import dev.migrate.internal.engine.Standing;
import dev.migrate.internal.engine.UnappliedAncestors;
import dev.migrate.internal.execution.StepExecutor;
import dev.migrate.internal.jdbc.HistoryDirection;
import dev.migrate.internal.jdbc.HistoryRow;
import dev.migrate.internal.jdbc.HistoryStatus;
import dev.migrate.internal.jdbc.HistoryTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import dev.migrate.spi.RevisionDescriptor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Upgrade and downgrade: plans the steps to a target and runs them, each alone or all in one transaction. */
public final class RunCommand {

    private final Commands commands;
    /** The backup taken before an upgrade and restored when it fails, or {@code null}. */
    private final UpgradeBackup backup;

    public RunCommand(Commands commands, UpgradeBackup backup) {
        this.commands = commands;
        this.backup = backup;
    }

    /** Runs the plan to {@code target}; the ids of the revisions run, in order. */
    public List<String> run(String target, boolean up) {
        Objects.requireNonNull(target, "target");
        boolean singleTransaction = commands.settings.singleTransaction();
        if (!up) {
            requireConfirmedDowngrade(target);
        }
        // An upgrade first makes sure the schema is not one that predates migrate, before it writes anything.
        try (Session session = up ? commands.open(new NonEmptySchemaCheck(commands).before(target)) : commands.open()) {
            if (singleTransaction && !session.dialect().transactionalDdl()) {
                throw new MigrationException(RuntimeMessage.SINGLE_TRANSACTION_UNSUPPORTED.format(
                        session.dialect().name()));
            }
            session.repairTables(commands.listener::warning);
            session.requireNoUnresolvedFailures(commands.settings.commandNames());
            Set<String> current = session.currentRows();
            Standing ahead = commands.standing(session, current);
            if (ahead != null) {
                return runAhead(session, ahead, target, up);
            }
            List<PlannedStep> plan = up ? commands.map().upgrade(current, target)
                    : commands.map().downgrade(current, target);
            requireNoUnappliedAncestors(session, current, plan, up);
            if (up) {
                requireUnchangedSources(session);
            }
            List<String> done = new ArrayList<>();
            if (plan.isEmpty()) {
                // Nothing to run is a success (a deploy re-running an older release's upgrade), said once.
                String rows = current.isEmpty() ? "base" : String.join(", ", current);
                RuntimeMessage already = up ? RuntimeMessage.ALREADY_AT_OR_ABOVE : RuntimeMessage.ALREADY_AT_OR_BELOW;
                commands.listener.nothingToRun(up ? Direction.UPGRADE : Direction.DOWNGRADE, target,
                        already.format(target, rows));
                return done;
            }
            if (singleTransaction) {
                requireTransactional(plan);
            }
            session.createTables();
            // Taken under the lock, once there is something to apply: the state the failure would restore.
            Backup taken = up && backup != null ? backup.take(List.copyOf(current)) : null;
            commands.listener.planned(up ? Direction.UPGRADE : Direction.DOWNGRADE, plan.size());
            List<String> ids = new ArrayList<>(plan.size());
            plan.forEach(step -> ids.add(step.revisionId()));
            try {
                runPlan(session, plan, ids, up, singleTransaction, done);
            } catch (MigrationException e) {
                if (taken == null || !backup.restoreOnFailure()) {
                    throw e;
                }
                String failed = ids.get(Math.min(done.size(), ids.size() - 1));
                List<String> undone = List.copyOf(done);
                MigrationException restored = backup.restore(taken, e,
                        new UpgradeBackup.FailedRun(target, failed, undone));
                recordRestore(session, undone, failed, taken, restored.getMessage());
                throw restored;
            }
            return done;
        }
    }

    /**
     * Records in the history, after a restore (which also put back the history as it was before the
     * upgrade), what the run did: each revision it applied before the failure, and the failed one,
     * rolled back by the restore; no unresolved failure is left.
     */
    private void recordRestore(Session session, List<String> undone, String failed, Backup taken, String message) {
        HistoryTable history = new HistoryTable(session.dialect(), commands.tables);
        try (Connection connection = commands.dataSource.getConnection()) {
            connection.setAutoCommit(true);
            String user = connection.getMetaData().getUserName();
            for (String id : undone) {
                history.insert(connection, HistoryRow.of(commands.revisions.descriptor(id).orElseThrow(),
                        HistoryDirection.UPGRADE, HistoryStatus.ROLLED_BACK, Instant.now(), 0, "applied, then undone"
                                + " by restoring the backup " + taken.file() + " after revision " + failed + " failed",
                        false), user);
            }
            history.insert(connection, HistoryRow.of(commands.revisions.descriptor(failed).orElseThrow(),
                    HistoryDirection.UPGRADE, HistoryStatus.ROLLED_BACK, Instant.now(), 0, message, false), user);
        } catch (SQLException e) {
            commands.listener.warning("the backup was restored, but its history rows could not be written: "
                    + e.getMessage());
        }
    }

    private void runPlan(Session session, List<PlannedStep> plan, List<String> ids, boolean up,
            boolean singleTransaction, List<String> done) {
        try (StepExecutor executor = session.executor(commands.settings.commandNames()); var preloader = commands.revisions.preload(ids)) {
            if (singleTransaction) {
                runInOneTransaction(plan, up, executor, done);
            } else {
                for (PlannedStep step : plan) {
                    runStep(step, up, executor::run);
                    done.add(step.revisionId());
                }
            }
        }
    }

    /**
     * In production, a downgrade to base or one that reverts more than one revision needs the
     * confirmation; planned on a reading session, before the lock and any write.
     */
    private void requireConfirmedDowngrade(String target) {
        if (!commands.guard.production()) {
            return;
        }
        try (Session session = commands.read()) {
            Set<String> current = session.currentRows();
            if (commands.standing(session, current) != null) {
                // A database ahead of this build: the run refuses any downgrade with its own message.
                return;
            }
            int reverts = commands.map().downgrade(current, target).size();
            boolean toBase = target.trim().equalsIgnoreCase("base");
            if (reverts > 1 || toBase && reverts > 0) {
                commands.guard.require(session, "downgrade to " + target + " reverts " + reverts + " revision(s)"
                        + (toBase ? ", every one applied" : ""));
            }
        }
    }

    /**
     * An upgrade or downgrade of a database ahead of this build: an upgrade within this build has
     * nothing to do and warns; anything else is the newer build's to do.
     */
    private List<String> runAhead(Session session, Standing ahead, String target, boolean up) {
        if (!up) {
            throw ahead.refusal("downgrade", false);
        }
        ahead.requireWithinBuild(target);
        if (commands.settings.failOnAhead()) {
            throw ahead.failure();
        }
        requireUnchangedSources(session);
        commands.listener.warning(ahead.warning());
        return List.of();
    }

    /**
     * Refuses an upgrade while revisions below the current rows never ran (it would skip them for
     * good), and a downgrade that would revert one of them (its downgrade would undo what never ran).
     */
    private void requireNoUnappliedAncestors(Session session, Set<String> current, List<PlannedStep> plan,
            boolean up) {
        UnappliedAncestors unapplied = commands.unapplied(session, current);
        if (unapplied.isEmpty()) {
            return;
        }
        Set<String> never = Set.copyOf(unapplied.ids());
        boolean reverts = plan.stream().anyMatch(step -> never.contains(step.revisionId()));
        if (up || reverts) {
            throw commands.unappliedRefusal(unapplied, up ? "upgrade" : "downgrade");
        }
    }

    private void requireUnchangedSources(Session session) {
        if (commands.settings.validateChecksums()) {
            List<String> changed = session.checksumMismatches(commands.revisions);
            if (!changed.isEmpty()) {
                throw new MigrationException(RuntimeMessage.CHECKSUM_MISMATCH.format(String.join(", ", changed),
                        commands.settings.commandNames().acceptChecksum(changed.get(0))));
            }
        }
    }

    private void runInOneTransaction(List<PlannedStep> plan, boolean up, StepExecutor executor, List<String> done) {
        try (var transaction = executor.inOneTransaction()) {
            for (PlannedStep step : plan) {
                runStep(step, up, transaction::run);
                done.add(step.revisionId());
            }
            try {
                transaction.commit();
            } catch (MigrationException e) {
                commands.listener.failed(commands.info(done.get(done.size() - 1), !up),
                        up ? Direction.UPGRADE : Direction.DOWNGRADE, e);
                throw e;
            }
        }
    }

    /** Runs one step, alone or inside the command's single transaction. */
    private interface StepRunner {
        void run(PlannedStep step, Migration migration, RevisionDescriptor revision);
    }

    private void runStep(PlannedStep step, boolean up, StepRunner runner) {
        RevisionDescriptor descriptor = commands.revisions.descriptor(step.revisionId()).orElseThrow();
        if (!commands.listening) {
            // Nobody listens: no revision info to build, no clock to read, for each of thousands of steps.
            runner.run(step, commands.revisions.newMigration(step.revisionId()), descriptor);
            return;
        }
        RevisionInfo info = commands.info(step.revisionId(), !up);
        Direction direction = up ? Direction.UPGRADE : Direction.DOWNGRADE;
        commands.listener.started(info, direction);
        long start = System.nanoTime();
        try {
            runner.run(step, commands.revisions.newMigration(step.revisionId()), descriptor);
        } catch (MigrationException e) {
            commands.listener.failed(info, direction, e);
            throw e;
        }
        commands.listener.finished(info, direction, Duration.ofNanos(System.nanoTime() - start));
    }

    /** A single transaction cannot hold a revision that must run outside one: refuse before anything runs. */
    private void requireTransactional(List<PlannedStep> plan) {
        List<String> outside = new ArrayList<>();
        for (PlannedStep step : plan) {
            if (!commands.revisions.descriptor(step.revisionId()).orElseThrow().transactional()) {
                outside.add(step.revisionId());
            }
        }
        if (!outside.isEmpty()) {
            throw new MigrationException(RuntimeMessage.SINGLE_TRANSACTION_NOT_TRANSACTIONAL.format(
                    String.join(", ", outside)));
        }
    }
}
