package dev.migrate.internal.command;

import dev.migrate.AcceptedChecksum;
import dev.migrate.MigrationException;
import dev.migrate.internal.jdbc.HistoryDirection;
import dev.migrate.internal.jdbc.HistoryStatus;
import dev.migrate.internal.jdbc.RevisionState;
import dev.migrate.spi.RevisionDescriptor;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Accept a checksum: records, with a reason, that an applied revision's changed source is what it
 * should be (a comment, formatting), so that its new checksum is the one checked from then on.
 */
public final class AcceptChecksumCommand {

    private final Commands commands;

    public AcceptChecksumCommand(Commands commands) {
        this.commands = commands;
    }

    /** Accepts the checksum that {@code revision} (a full id, or a unique prefix of one) has in this build. */
    public AcceptedChecksum accept(String revision, String reason) {
        String name = Objects.requireNonNull(revision, "revision").strip();
        if (reason == null || reason.isBlank()) {
            throw new MigrationException(RuntimeMessage.ACCEPT_NEEDS_REASON.format(name,
                    commands.settings.commandNames().acceptChecksum(name)));
        }
        try (Session session = commands.open()) {
            session.repairTables(commands.listener::warning);
            List<String> changed = session.checksumMismatches(commands.revisions);
            String listed = changed.isEmpty() ? "(none)" : String.join(", ", changed);
            String id = commands.revisions.descriptor(name).isPresent() ? name
                    : commands.oneRevision(name, why -> RuntimeMessage.ACCEPT_UNKNOWN.format(name, why, listed));
            RevisionDescriptor descriptor = commands.revisions.descriptor(id).orElseThrow();
            if (!changed.contains(id)) {
                RevisionState state = session.latestStates().get(id);
                if (applied(state)) {
                    throw new MigrationException(RuntimeMessage.ACCEPT_UNCHANGED.format(id, descriptor.checksum(),
                            listed));
                }
                throw new MigrationException(RuntimeMessage.ACCEPT_NOT_APPLIED.format(id, whyNotApplied(state),
                        listed));
            }
            return session.acceptChecksum(id, descriptor.checksum(), reason.strip());
        }
    }

    private static boolean applied(RevisionState state) {
        return state != null && state.direction() == HistoryDirection.UPGRADE
                && state.status() == HistoryStatus.APPLIED;
    }

    private static String whyNotApplied(RevisionState state) {
        if (state == null) {
            return RuntimeMessage.NEVER_RAN.format();
        }
        return switch (state.direction()) {
            case STAMP -> "it was stamped, not run";
            case DOWNGRADE -> "its last step was a downgrade";
            // A failed, running or resolved upgrade; an accepted checksum is no step, so never the latest state.
            // Seed rows are no revision's: never the latest state of one.
            case UPGRADE, CHECKSUM, SEED -> "its last upgrade is " + state.status().name().toLowerCase(Locale.ROOT);
        };
    }
}
