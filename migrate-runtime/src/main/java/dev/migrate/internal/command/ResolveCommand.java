package dev.migrate.internal.command;

import dev.migrate.Direction;
import dev.migrate.MigrationException;
import dev.migrate.ResolvedFailure;
import dev.migrate.internal.jdbc.HistoryDirection;
import dev.migrate.internal.jdbc.RevisionState;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Mark resolved: records that a failure left behind outside a transaction was repaired by hand. */
public final class ResolveCommand {

    private final Commands commands;

    public ResolveCommand(Commands commands) {
        this.commands = commands;
    }

    /** Marks the failure of {@code revision} (a full id, or a unique prefix of one on the class path) resolved. */
    public ResolvedFailure markResolved(String revision) {
        String name = Objects.requireNonNull(revision, "revision").strip();
        try (Session session = commands.open()) {
            session.repairTables(commands.listener::warning);
            Map<String, RevisionState> states = session.latestStates();
            List<String> blocking = new ArrayList<>();
            states.forEach((id, state) -> {
                if (state.unresolvedFailure()) {
                    blocking.add(id);
                }
            });
            String listed = blocking.isEmpty() ? "(none)" : String.join(", ", blocking);
            String id = states.containsKey(name) ? name : revisionId(name, listed);
            RevisionState state = states.get(id);
            if (state == null || !state.unresolvedFailure()) {
                throw new MigrationException(RuntimeMessage.NOTHING_TO_RESOLVE.format(id, whyNothing(state), listed));
            }
            session.markResolved(id);
            Direction direction = state.direction() == HistoryDirection.DOWNGRADE ? Direction.DOWNGRADE
                    : Direction.UPGRADE;
            return new ResolvedFailure(id, direction, state.startedAt(), state.error());
        }
    }

    /** The one revision on the class path that {@code name} stands for, as a target would resolve it. */
    private String revisionId(String name, String failed) {
        return commands.oneRevision(name, why -> RuntimeMessage.RESOLVE_UNKNOWN.format(name, why, failed));
    }

    private static String whyNothing(RevisionState state) {
        if (state == null) {
            return RuntimeMessage.NEVER_RAN.format();
        }
        return switch (state.status()) {
            // A running row is an unresolved failure under the lock, so it never gets here.
            case FAILED, RUNNING -> RuntimeMessage.ROLLED_BACK_WITH_TRANSACTION.format();
            case ROLLED_BACK -> RuntimeMessage.ALREADY_RESOLVED.format();
            // An accepted checksum is no step, and loaded and cleaned rows are seeds': a revision's latest state never is one.
            case APPLIED, ACCEPTED, LOADED, CLEANED -> RuntimeMessage.LAST_STEP_APPLIED.format(state.direction().name().toLowerCase(Locale.ROOT));
        };
    }
}
