package dev.migrate.internal.engine;

import dev.migrate.Direction;
import dev.migrate.report.CommandNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plans upgrade, downgrade and stamp as Alembic's {@code ScriptDirectory._upgrade_revs}, {@code
 * _downgrade_revs} and {@code _stamp_revs} do, with the row changes of its head maintainer.
 */
final class Planner {

    private final RevisionGraph graph;
    private final TargetNames names;
    private final TargetResolver resolver;
    private final CommandNames commands;

    Planner(RevisionGraph graph, TargetNames names, TargetResolver resolver, CommandNames commands) {
        this.graph = graph;
        this.names = names;
        this.resolver = resolver;
        this.commands = commands;
    }

    /** The current rows as revisions, in id order; an unknown row is an error. */
    List<Node> current(Collection<String> rows) {
        List<Node> nodes = new ArrayList<>(rows.size());
        for (String row : new TreeSet<>(rows)) {
            Node node = graph.byId.get(row);
            if (node == null) {
                throw EngineMessage.UNKNOWN_CURRENT.exception(row, commands.stamp(true, "<revision>"));
            }
            nodes.add(node);
        }
        return nodes;
    }

    List<PlannedStep> upgrade(Set<String> rows, String target) {
        List<Node> current = current(rows);
        List<Node> targets = resolver.upgradeTargets(current, target);
        Set<Node> required = ancestorsChecked(targets, target);
        Set<Node> applied = RevisionGraph.ancestors(current, true);
        // A target already applied (at or below the current rows) plans nothing, as in Alembic: a
        // deploy that re-runs an older release's upgrade against a newer database must succeed.
        Set<Node> needed = new LinkedHashSet<>(required);
        needed.removeAll(applied);
        List<Node> order = TopologicalOrder.topDown(needed, targets);
        Collections.reverse(order);
        VersionRows versionRows = new VersionRows(graph, rows, commands);
        List<PlannedStep> steps = new ArrayList<>(order.size());
        for (Node node : order) {
            steps.add(new PlannedStep(node.id, Direction.UPGRADE, versionRows.upgrade(node)));
        }
        return steps;
    }

    /** The targets and their ancestors; an error when one target is below another (Alembic's check). */
    private static Set<Node> ancestorsChecked(List<Node> targets, String asWritten) {
        if (targets.size() > 1) {
            List<Node> starts = new ArrayList<>();
            for (Node node : targets) {
                starts.addAll(node.normalizedDown);
            }
            Set<Node> below = RevisionGraph.ancestors(starts, true);
            for (Node lower : targets) {
                if (below.contains(lower)) {
                    for (Node upper : targets) {
                        if (upper != lower && RevisionGraph.ancestors(List.of(upper), true).contains(lower)) {
                            throw EngineMessage.OVERLAPPING_TARGETS.exception(asWritten, lower.id, upper.id);
                        }
                    }
                }
            }
        }
        return RevisionGraph.ancestors(targets, true);
    }

    List<PlannedStep> downgrade(Set<String> rows, String target) {
        List<Node> current = current(rows);
        TargetResolver.DowngradeTarget parsed = resolver.downgradeTarget(current, target);
        Node destination = parsed.target();
        List<Node> roots;
        if (destination == null) {
            roots = graph.bases;
        } else {
            roots = destination.children;
        }
        if (parsed.label() != null && roots.size() > 1) {
            // Only the branch named: the roots that lead to the revision carrying the label.
            Set<Node> branch = RevisionGraph.ancestors(List.of(names.resolveBranch(parsed.label())), false);
            List<Node> kept = new ArrayList<>();
            for (Node root : roots) {
                if (branch.contains(root)) {
                    kept.add(root);
                }
            }
            if (kept.isEmpty()) {
                throw EngineMessage.NOT_ON_BRANCH_DOWNGRADE.exception(target, parsed.label(),
                        destination == null ? "base" : destination.id);
            }
            roots = kept;
        }
        Set<Node> revert = new LinkedHashSet<>(RevisionGraph.descendants(roots, true));
        revert.retainAll(RevisionGraph.ancestors(current, true));
        if (destination != null && revert.isEmpty() && !current.contains(destination)) {
            throw EngineMessage.NOT_REACHABLE_BY_DOWNGRADE.exception(target, RevisionGraph.names(current));
        }
        List<Node> order = TopologicalOrder.topDown(revert, current);
        VersionRows versionRows = new VersionRows(graph, rows, commands);
        List<PlannedStep> steps = new ArrayList<>(order.size());
        for (Node node : order) {
            steps.add(new PlannedStep(node.id, Direction.DOWNGRADE, versionRows.downgrade(node)));
        }
        return steps;
    }

    List<RowChange> stamp(Set<String> rows, List<String> targets, boolean purge) {
        for (String target : targets) {
            if (target.indexOf(',') >= 0) {
                List<String> each = new ArrayList<>();
                targets.forEach(t -> each.addAll(TargetNames.commaParts(t)));
                throw EngineMessage.COMMA_STAMP.exception(target, commands.stamp(purge, each.toArray(String[]::new)));
            }
        }
        current(rows);
        VersionRows versionRows = new VersionRows(graph, rows, commands);
        List<RowChange> changes = new ArrayList<>();
        if (purge) {
            changes.addAll(versionRows.purge());
        }
        List<Node> heads = current(versionRows.rows());
        List<String> wanted = targets.isEmpty() ? List.of("base") : targets;
        Set<Node> filtered = new LinkedHashSet<>();
        for (String name : wanted) {
            filtered.addAll(names.filterForLineage(heads, name, true));
        }
        List<String> filteredIds = RevisionGraph.ids(filtered);
        Set<Node> named = new LinkedHashSet<>();
        for (String name : wanted) {
            named.addAll(names.revisions(name));
        }
        List<Node> destinations = new ArrayList<>(named);
        // Alembic fails an assertion on a revision named twice, and writes a row below another
        // for overlapping ones; a revision named twice counts once, overlapping ones are refused.
        ancestorsChecked(destinations, String.join(",", wanted));
        if (destinations.isEmpty()) {
            // Stamping base: every row on the lineage of what was named goes.
            for (String head : filteredIds) {
                changes.addAll(versionRows.stamp(List.of(head), null, false, true));
            }
            return changes;
        }
        for (Node destination : destinations) {
            if (filtered.contains(destination)) {
                continue;
            }
            if (intersects(RevisionGraph.descendants(List.of(destination), true), filtered)) {
                changes.addAll(versionRows.stamp(filteredIds, destination.id, false, false));
            } else if (intersects(RevisionGraph.ancestors(List.of(destination), true), filtered)) {
                changes.addAll(versionRows.stamp(filteredIds, destination.id, true, false));
            } else {
                changes.addAll(versionRows.stamp(List.of(), destination.id, true, true));
            }
        }
        return changes;
    }

    private static boolean intersects(Set<Node> a, Set<Node> b) {
        for (Node node : b) {
            if (a.contains(node)) {
                return true;
            }
        }
        return false;
    }
}
