package dev.migrate.internal.command;

import dev.migrate.internal.engine.RowChange;
import dev.migrate.internal.engine.Standing;
import dev.migrate.internal.engine.UnappliedAncestors;
import dev.migrate.internal.execution.StepExecutor;
import dev.migrate.spi.RevisionDescriptor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Stamp: sets the version table to targets without running any revision, in one transaction. */
public final class StampCommand {

    private final Commands commands;

    public StampCommand(Commands commands) {
        this.commands = commands;
    }

    /** Stamps {@code targets}, after deleting every row with {@code purge}; the version rows afterwards. */
    public List<String> stamp(boolean purge, String... targets) {
        List<String> wanted = List.of(targets);
        if (purge) {
            commands.requireConfirmed("stamp with purge empties the version table");
        }
        try (Session session = commands.open()) {
            session.repairTables(commands.listener::warning);
            List<RowChange> changes = changes(session, session.currentRows(), purge, wanted);
            List<RevisionDescriptor> named = new ArrayList<>();
            for (String target : wanted) {
                for (String id : commands.map().resolve(target)) {
                    commands.revisions.descriptor(id).ifPresent(named::add);
                }
            }
            session.createTables();
            try (StepExecutor executor = session.executor(commands.settings.commandNames())) {
                executor.stamp(changes, named);
            }
            return List.copyOf(session.currentRows());
        }
    }

    /**
     * The version rows {@link #stamp} would leave, sorted, from the rows the database has now: read
     * without the lock, nothing written (a dry run).
     */
    public List<String> plan(boolean purge, String... targets) {
        try (Session session = commands.read()) {
            Set<String> current = session.currentRows();
            Set<String> rows = new TreeSet<>(current);
            for (RowChange change : changes(session, current, purge, List.of(targets))) {
                if (change instanceof RowChange.Insert insert) {
                    rows.add(insert.version());
                } else if (change instanceof RowChange.Delete delete) {
                    rows.remove(delete.version());
                } else if (change instanceof RowChange.Update update) {
                    rows.remove(update.from());
                    rows.add(update.to());
                }
            }
            return List.copyOf(rows);
        }
    }

    private List<RowChange> changes(Session session, Set<String> current, boolean purge, List<String> wanted) {
        List<RowChange> changes = new ArrayList<>();
        if (purge) {
            // Every row goes, known or not: the way out for rows no build here can place.
            current.forEach(row -> changes.add(new RowChange.Delete(row)));
            // Purging no rows changes nothing; passed on so that a message names the stamp with purge.
            changes.addAll(commands.map().stamp(Set.of(), wanted, true));
        } else {
            Standing ahead = commands.standing(session, current);
            if (ahead != null) {
                throw ahead.refusal("stamp", true);
            }
            if (!onlyUnappliedAncestors(session, current, wanted)) {
                changes.addAll(commands.map().stamp(current, wanted, false));
            }
        }
        return changes;
    }

    /**
     * Whether the targets name only revisions below the current rows that never ran: their stamp
     * records that their change is in the database, with a history row each, and leaves the rows
     * where they are (stamping them as the rows would move the database below its other revisions).
     */
    private boolean onlyUnappliedAncestors(Session session, Set<String> current, List<String> wanted) {
        UnappliedAncestors unapplied = commands.unapplied(session, current);
        if (unapplied.isEmpty()) {
            return false;
        }
        Set<String> never = new HashSet<>(unapplied.ids());
        for (String target : wanted) {
            List<String> ids = commands.map().resolve(target);
            if (ids.isEmpty() || !never.containsAll(ids)) {
                return false;
            }
        }
        return true;
    }
}
