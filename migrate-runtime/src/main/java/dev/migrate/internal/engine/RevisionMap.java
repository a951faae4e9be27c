package dev.migrate.internal.engine;

import dev.migrate.graph.RevisionNode;
import dev.migrate.report.CommandNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The revision graph with Alembic's semantics: target resolution, and the plans of upgrade,
 * downgrade and stamp. Every bad target is a {@link dev.migrate.MigrationException} thrown before
 * anything is planned.
 *
 * <p>Targets: {@code heads}, {@code head}, {@code base}, a revision id, a unique prefix of an id
 * longer than 3 characters, a branch label (the revision that declares it), {@code label@head},
 * {@code label@heads}, {@code label@base}, {@code label@<id>}, and relative forms {@code +N},
 * {@code -N}, {@code <id>+N}, {@code <id>-N}, {@code base+N}, {@code label@+N}, {@code label@-N},
 * {@code label@base+N}. A downgrade never reverts more than Alembic does for the same target.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class RevisionMap {

    private final RevisionGraph graph;
    private final TargetNames names;
    private final TargetResolver resolver;
    private final Planner planner;
    private final HistoryRange historyRange;
    private final CommandNames commands;

    /**
     * Builds the map of revisions that have passed the graph rules.
     *
     * @param revisions the revisions, in any order; they must have passed {@link
     *     dev.migrate.graph.RevisionGraphValidator}
     * @throws IllegalArgumentException if an id is declared twice or a reference is unknown
     */
    public RevisionMap(Collection<RevisionNode> revisions) {
        this.graph = new RevisionGraph(revisions);
        this.names = new TargetNames(graph);
        this.resolver = new TargetResolver(graph, names);
        this.planner = new Planner(graph, names, resolver, CommandNames.API);
        this.historyRange = new HistoryRange(names, resolver);
        this.commands = CommandNames.API;
    }

    private RevisionMap(RevisionMap map, CommandNames commands) {
        this.graph = map.graph;
        this.names = map.names;
        this.resolver = map.resolver;
        this.planner = new Planner(graph, names, resolver, commands);
        this.historyRange = map.historyRange;
        this.commands = commands;
    }

    /**
     * The same map, whose messages name the repairs as {@code commands} does: the front end's.
     *
     * @param commands the front end's commands
     * @return the map; this one's graph, shared
     */
    public RevisionMap advising(CommandNames commands) {
        return commands == this.commands ? this : new RevisionMap(this, Objects.requireNonNull(commands, "commands"));
    }

    /** How the messages of this map name a repair. */
    CommandNames commands() {
        return commands;
    }

    /**
     * The ids of the heads, sorted: revisions that no revision revises. A revision that others
     * only depend on is still a head.
     *
     * @return the heads
     */
    public List<String> heads() {
        return RevisionGraph.ids(graph.heads);
    }

    /**
     * The ids of the bases, sorted: revisions that revise nothing (they may depend on something).
     *
     * @return the bases
     */
    public List<String> bases() {
        return RevisionGraph.ids(graph.bases);
    }

    /**
     * The ids of the branch points, sorted: revisions that several revisions revise.
     *
     * @return the branch points
     */
    public List<String> branchPoints() {
        List<String> points = new ArrayList<>();
        for (Node node : graph.nodes) {
            if (node.children.size() > 1) {
                points.add(node.id);
            }
        }
        return points;
    }

    /**
     * The ids of the revisions that revise a revision, sorted.
     *
     * @param id a full revision id
     * @return the children; empty for a head
     * @throws dev.migrate.MigrationException if no revision has that id
     */
    public List<String> children(String id) {
        return RevisionGraph.ids(node(id).children);
    }

    /**
     * The branch labels of a revision: its own and those Alembic spreads to it from its ancestors
     * and from the straight line of descendants above it.
     *
     * @param id a full revision id
     * @return the labels, sorted
     * @throws dev.migrate.MigrationException if no revision has that id
     */
    public List<String> branchLabels(String id) {
        return List.copyOf(new TreeSet<>(node(id).labels));
    }

    /**
     * The ids a target stands for, as {@code upgrade} reads it without current revisions: empty for
     * {@code base}, several for {@code heads}.
     *
     * @param target any absolute target
     * @return the ids
     * @throws dev.migrate.MigrationException if the target is unknown or ambiguous
     */
    public List<String> resolve(String target) {
        Objects.requireNonNull(target, "target");
        return RevisionGraph.ids(names.revisions(target));
    }

    /**
     * The one revision a target stands for, as Alembic's {@code get_revision} reads it.
     *
     * @param target any absolute target that stands for at most one revision
     * @return its id; empty for {@code base}
     * @throws dev.migrate.MigrationException if the target is unknown, ambiguous, or stands for
     *     several revisions
     */
    public Optional<String> revision(String target) {
        Objects.requireNonNull(target, "target");
        Node node = names.revision(target);
        return node == null ? Optional.empty() : Optional.of(node.id);
    }

    /**
     * Every revision from the heads down to the bases, each before the revisions it stands on,
     * branches one after the other (the order of Alembic's {@code history}).
     *
     * @return the ids, top down
     */
    public List<String> history() {
        return RevisionGraph.ids(TopologicalOrder.topDown(graph.nodes, graph.realHeads));
    }

    /**
     * The revisions of a history range, newest first, as {@code alembic history -r start:end} lists
     * them: {@code start:end}, {@code start:} (up to the heads) or {@code :end} (from base), both
     * ends included. Each side is a target ({@code base}, {@code heads}, {@code head}, an id or
     * prefix, a branch label, {@code label@...}) or {@code current}, the version table's rows; the
     * start may be {@code -N} or {@code label@-N}, counted down from the end, and the end {@code +N},
     * {@code label@+N}, counted up from the start, or {@code <id>+N} / {@code <id>-N}. A walk that
     * runs past the end of the history stops there. A {@code label@...} start keeps to the end's
     * revisions on that branch.
     *
     * @param range the range, such as {@code "ae1027:heads"} or {@code "-3:current"}
     * @param current the version table's rows, for {@code current}
     * @return the ids, top down; empty when the range holds no revision
     * @throws dev.migrate.MigrationException if the range is malformed, a side is unknown or
     *     ambiguous, the start is not below the end, or a row is not a known revision
     */
    public List<String> history(String range, Set<String> current) {
        Objects.requireNonNull(range, "range");
        return RevisionGraph.ids(historyRange.select(range, planner.current(current)));
    }

    /**
     * The steps that upgrade a database whose version rows are {@code current} to {@code target}.
     *
     * @param current the version table's rows
     * @param target what to upgrade to
     * @return the steps in the order to run them; empty when there is nothing to do, as for a target
     *     already applied (at or below the current revisions)
     * @throws dev.migrate.MigrationException if the target is bad or a row is not a known revision
     */
    public List<PlannedStep> upgrade(Set<String> current, String target) {
        return planner.upgrade(Set.copyOf(current), Objects.requireNonNull(target, "target"));
    }

    /**
     * The steps that downgrade a database whose version rows are {@code current} to {@code target}.
     *
     * @param current the version table's rows
     * @param target what to downgrade to
     * @return the steps in the order to run them; empty when there is nothing to do
     * @throws dev.migrate.MigrationException if the target is bad, not below the current revisions,
     *     or a row is not a known revision
     */
    public List<PlannedStep> downgrade(Set<String> current, String target) {
        return planner.downgrade(Set.copyOf(current), Objects.requireNonNull(target, "target"));
    }

    /**
     * The version-table changes that stamp {@code current} to {@code targets}, without running
     * anything.
     *
     * @param current the version table's rows
     * @param targets the revisions to stamp; empty or {@code base} removes the rows of the lineage
     * @param purge whether to delete every row first
     * @return the changes, in order
     * @throws dev.migrate.MigrationException if a target is bad, two targets overlap (one is below
     *     the other), or a row is not a known revision
     */
    public List<RowChange> stamp(Set<String> current, List<String> targets, boolean purge) {
        return planner.stamp(Set.copyOf(current), List.copyOf(targets), purge);
    }

    RevisionGraph graph() {
        return graph;
    }

    TargetResolver resolver() {
        return resolver;
    }

    private Node node(String id) {
        Node node = graph.byId.get(id);
        if (node == null) {
            throw EngineMessage.UNKNOWN_REVISION.exception(id);
        }
        return node;
    }
}
