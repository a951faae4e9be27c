package dev.migrate.internal.command;

import dev.migrate.internal.engine.RowChange;
import dev.migrate.internal.engine.Standing;
import dev.migrate.internal.execution.StepExecutor;
import dev.migrate.spi.RevisionDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Stamp: sets the version table to targets without running any revision, in one transaction. */
public final class StampCommand {

    private final Commands commands;

    public StampCommand(Commands commands) {
        this.commands = commands;
    }

    /** Stamps {@code targets}, after deleting every row with {@code purge}; the version rows afterwards. */
    public List<String> stamp(boolean purge, String... targets) {
        List<String> wanted = List.of(targets);
        try (Session session = commands.open()) {
            session.repairTables(commands.listener::warning);
            Set<String> current = session.currentRows();
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
                changes.addAll(commands.map().stamp(current, wanted, false));
            }
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
}
