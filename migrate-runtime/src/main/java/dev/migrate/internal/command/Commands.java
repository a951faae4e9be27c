package dev.migrate.internal.command;

import dev.migrate.MigrationException;
import dev.migrate.MigrationListener;
import dev.migrate.RevisionInfo;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.engine.PlannedStep;
import dev.migrate.internal.engine.RecordedRevision;
import dev.migrate.internal.engine.RevisionMap;
import dev.migrate.internal.engine.Standing;
import dev.migrate.internal.engine.UnappliedAncestors;
import dev.migrate.internal.index.LoadedRevisions;
import dev.migrate.internal.jdbc.LockWait;
import dev.migrate.report.CommandNames;
import dev.migrate.spi.RevisionDescriptor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import javax.sql.DataSource;

/**
 * What every command of one {@code Migrator} works with: the database and its bookkeeping tables,
 * the revisions of this build, who listens, and the builder's choices. Also where the database's
 * rows stand against this build, which most commands ask first.
 */
public final class Commands {

    /**
     * The builder's choices that change how commands run.
     *
     * @param commandNames how messages that suggest a repair name its command: the front end's
     * @param adoption whether an upgrade may run on a schema that predates migrate
     * @param environment the environment the commands run in, such as {@code prod}; {@code null} for none
     * @param confirm the database name that confirms a destructive command in production; {@code null} for none
     */
    public record Settings(LockWait lockWait, boolean validateChecksums, boolean singleTransaction,
            boolean failOnAhead, CommandNames commandNames, Adoption adoption, String environment, String confirm) {}

    /**
     * What an upgrade of a schema that has tables but no version table may do.
     *
     * @param allowNonEmptySchema whether it runs the revisions anyway
     * @param ignoredTables tables that are not migrate's and do not count
     */
    public record Adoption(boolean allowNonEmptySchema, List<String> ignoredTables) {
        /** Copies the list. */
        public Adoption {
            ignoredTables = List.copyOf(ignoredTables);
        }
    }

    final DataSource dataSource;
    final TableNames tables;
    final Settings settings;
    final MigrationListener listener;
    /** Whether anyone listens to each step: without, a step builds no revision info and reads no clock. */
    final boolean listening;
    final LoadedRevisions revisions;
    /** The production rule for destructive commands. */
    final ProductionGuard guard;
    /** The graph's heads, found without the graph, for the at-every-head check of {@link #pending}. */
    final Set<String> heads;
    /** The graph's map, built on first use by the {@code Migrator}, which shares it with its public graph. */
    private final Supplier<RevisionMap> map;
    private final BiFunction<String, Boolean, RevisionInfo> info;

    public Commands(DataSource dataSource, TableNames tables, Settings settings, MigrationListener listener,
            boolean listening, LoadedRevisions revisions, Supplier<RevisionMap> map,
            BiFunction<String, Boolean, RevisionInfo> info) {
        this.dataSource = dataSource;
        this.tables = tables;
        this.settings = settings;
        this.listener = listener;
        this.listening = listening;
        this.revisions = revisions;
        this.guard = new ProductionGuard(settings.environment(), settings.confirm(), settings.commandNames());
        this.heads = revisions.heads();
        this.map = map;
        this.info = info;
    }

    /** The map, its messages naming the front end's commands. */
    RevisionMap map() {
        return map.get().advising(settings.commandNames());
    }

    RevisionInfo info(String id, boolean applied) {
        return info.apply(id, applied);
    }

    Session open() {
        return Session.open(dataSource, tables, settings.lockWait());
    }

    /** Takes a working connection, runs {@code check} on it, then the lock: see {@link Session#open(DataSource, TableNames, LockWait, Session.BeforeLock)}. */
    Session open(Session.BeforeLock check) {
        return Session.open(dataSource, tables, settings.lockWait(), check);
    }

    Session read() {
        return Session.read(dataSource, tables);
    }

    /**
     * Refuses {@code action}, a destructive command's description, in production unless confirmed
     * (see {@link ProductionGuard}): on a reading session, so before any lock or write.
     */
    public void requireConfirmed(String action) {
        if (guard.production()) {
            try (Session session = read()) {
                guard.require(session, action);
            }
        }
    }

    /**
     * Where a database whose version rows name revisions this build lacks stands, from its history:
     * {@code null} when every row is a revision of this build.
     *
     * @throws dev.migrate.MigrationException when the rows do not descend from this build's heads
     */
    Standing standing(Session session, Set<String> current) {
        for (String row : current) {
            if (revisions.descriptor(row).isEmpty()) {
                return Standing.of(map(), current, session.lineage());
            }
        }
        return null;
    }

    /**
     * The one revision of this build that {@code name} (an id, a unique prefix, a label) stands
     * for, as a target would resolve it.
     *
     * @param refusal words the error from why {@code name} names no single revision
     * @throws MigrationException with {@code refusal}'s message otherwise
     */
    String oneRevision(String name, Function<String, String> refusal) {
        List<String> ids;
        try {
            ids = map().resolve(name);
        } catch (MigrationException e) {
            throw new MigrationException(refusal.apply(e.getMessage()), e);
        }
        if (ids.size() != 1) {
            throw new MigrationException(refusal.apply(ids.isEmpty() ? RuntimeMessage.NAMES_NO_REVISION.format()
                    : RuntimeMessage.NAMES_SEVERAL.format(String.join(", ", ids))));
        }
        return ids.get(0);
    }

    /**
     * The revisions below the current rows that never ran here (see {@link UnappliedAncestors}):
     * one scan of the history table, and the graph only when some revision of this build has no
     * applied row of its own, as after a stamp or with revisions pending.
     */
    UnappliedAncestors unapplied(Session session, Set<String> current) {
        return unapplied(current, session::recordedRevisions);
    }

    /**
     * As {@link #unapplied(Session, Set)}, from what {@code records} gives, asked only when there
     * are current rows: what {@link Session#recordedRevisions()} reads, or a scan read already.
     */
    UnappliedAncestors unapplied(Set<String> current, Supplier<Map<String, RecordedRevision>> records) {
        if (current.isEmpty()) {
            return UnappliedAncestors.NONE;
        }
        Map<String, RecordedRevision> recorded = records.get();
        if (recorded.isEmpty()) {
            // No history to check the graph against: a table recreated empty, or of the previous release.
            return UnappliedAncestors.NONE;
        }
        boolean everyOneRan = true;
        for (RevisionDescriptor revision : revisions.descriptors()) {
            RecordedRevision record = recorded.get(revision.id());
            if (record == null || !record.applied()) {
                everyOneRan = false;
                break;
            }
        }
        return everyOneRan ? UnappliedAncestors.NONE : UnappliedAncestors.find(map(), current, recorded);
    }

    /** The refusal of {@code command} while revisions below the rows never ran, naming each with its fix. */
    MigrationException unappliedRefusal(UnappliedAncestors unapplied, String command) {
        return unapplied.refusal(command, id -> revisions.descriptor(id).orElseThrow().revises(), map().heads(),
                id -> RuntimeMessage.STAMP_ADVICE.format(id));
    }

    /** The revisions an upgrade to every head would run, in order. */
    List<String> pending(Set<String> current) {
        if (current.size() == heads.size() && current.containsAll(heads)) {
            // At every head, and so at everything below: the usual answer, without walking the graph.
            return List.of();
        }
        List<String> pending = new ArrayList<>();
        for (PlannedStep step : map().upgrade(current, "heads")) {
            pending.add(step.revisionId());
        }
        return pending;
    }
}
