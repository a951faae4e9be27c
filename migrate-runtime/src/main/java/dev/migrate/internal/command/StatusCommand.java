package dev.migrate.internal.command;

import dev.migrate.AcceptedChecksum;
import dev.migrate.Direction;
import dev.migrate.LiveStatus;
import dev.migrate.RevisionInfo;
import dev.migrate.RevisionRun;
import dev.migrate.Status;
import dev.migrate.internal.engine.Standing;
import dev.migrate.internal.engine.UnappliedAncestors;
import dev.migrate.internal.jdbc.HistoryDirection;
import dev.migrate.internal.jdbc.HistoryStatus;
import dev.migrate.internal.jdbc.MigrationLock;
import dev.migrate.internal.jdbc.RecordedHistory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The reading commands: current rows, status, history marked applied or not, and the latest run of each revision. */
public final class StatusCommand {

    private final Commands commands;

    public StatusCommand(Commands commands) {
        this.commands = commands;
    }

    /** The ids in the version table, sorted. */
    public List<String> current() {
        try (Session session = commands.read()) {
            return List.copyOf(session.currentRows());
        }
    }

    /** Whether a run holds the migration lock now; asked without waiting. */
    public boolean lockHeld() {
        return MigrationLock.held(commands.dataSource, commands.tables);
    }

    /** Current rows, pending revisions, blocking failures and changed checksums, in one pass without the lock. */
    public Status status() {
        try (Session session = commands.read()) {
            return read(session).status();
        }
    }

    /**
     * The status, the steps in progress and whether a run holds the lock: the status's one pass, whose
     * read of the failed and running rows also tells the steps in progress, then the lock, asked
     * only when no step is.
     */
    public LiveStatus live() {
        Reading reading;
        try (Session session = commands.read()) {
            reading = read(session);
        }
        List<String> inProgress = reading.failures().inProgress();
        // A run in progress may hold the lock before it writes its first history row, or between steps.
        return new LiveStatus(reading.status(), inProgress, !inProgress.isEmpty() || lockHeld());
    }

    /** A status, and the failures it was read with. */
    private record Reading(Status status, Session.Failures failures) {}

    private Reading read(Session session) {
        Set<String> current = session.currentRows();
        Standing ahead = commands.standing(session, current);
        // One scan of the history serves the unapplied ancestors, the checksums and the failures; it reads
        // the lineage only when the ancestors are looked for: with current rows, all of this build's.
        RecordedHistory history = session.scanHistory(ahead == null && !current.isEmpty());
        // The failed and running rows' details take a query of their own, with its anti-join over the
        // whole history: asked only when the scan saw a latest step that failed or is running.
        Session.Failures failures = history.unfinishedSteps() ? session.failures() : Session.Failures.NONE;
        UnappliedAncestors unapplied = ahead == null ? commands.unapplied(current, history::recorded)
                : UnappliedAncestors.NONE;
        return new Reading(new Status(List.copyOf(current), ahead == null ? commands.pending(current) : List.of(),
                failures.failed(), session.checksumMismatches(history, commands.revisions),
                ahead == null ? List.of() : ahead.revisions(), unapplied.ids(), unapplied.renamedFrom()), failures);
    }

    /**
     * The revisions {@code select} picks given the current rows, each marked applied or not: not
     * when pending, nor when below the rows without ever having run (an unapplied ancestor).
     */
    public List<RevisionInfo> marked(Function<Set<String>, List<String>> select) {
        Set<String> current;
        Set<String> notApplied;
        try (Session session = commands.read()) {
            current = session.currentRows();
            boolean ahead = commands.standing(session, current) != null;
            if (ahead) {
                // Ahead: every revision of this build is applied, as if at its heads.
                current = Set.copyOf(commands.heads);
            }
            notApplied = new HashSet<>(commands.pending(current));
            if (!ahead) {
                notApplied.addAll(commands.unapplied(session, current).ids());
            }
        }
        List<String> ids = select.apply(current);
        List<RevisionInfo> result = new ArrayList<>(ids.size());
        for (String id : ids) {
            result.add(commands.info(id, !notApplied.contains(id)));
        }
        return result;
    }

    /**
     * The latest step the history table records for each revision that has one, sorted by id, with
     * the changed checksum accepted since, if any.
     */
    public Map<String, RevisionRun> runs() {
        Map<String, RevisionRun> runs = new LinkedHashMap<>();
        try (Session session = commands.read()) {
            Map<String, AcceptedChecksum> accepted = session.acceptedChecksums();
            session.latestStates().forEach((id, state) -> runs.put(id, new RevisionRun(id,
                    state.direction() == HistoryDirection.DOWNGRADE ? Direction.DOWNGRADE : Direction.UPGRADE,
                    RevisionRun.Outcome.valueOf(state.status().name()), state.startedAt(),
                    Duration.ofMillis(state.durationMs()), state.installedBy(), accepted.get(id),
                    // A rolled_back row with an error is a restore's; one marked resolved by hand has none.
                    state.status() == HistoryStatus.ROLLED_BACK ? state.error() : null)));
        }
        return Collections.unmodifiableMap(runs);
    }
}
