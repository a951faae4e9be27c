package dev.migrate.internal.engine;

import dev.migrate.MigrationException;
import dev.migrate.report.CommandNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The version table's rows as a plan goes along, and the changes each step makes to them: the
 * rules of Alembic's {@code HeadMaintainer.update_to_step} with {@code RevisionStep} and {@code
 * StampStep}. Where Alembic picks from an unordered set (which row a merge keeps), this follows the
 * order of the revision's {@code revises} then {@code dependsOn}, which is what Alembic does too
 * for the hash seed its expected results were taken with.
 */
final class VersionRows {

    private final RevisionGraph graph;
    private final Set<String> rows;
    /** How the message of a table that does not match names the stamp that repairs it. */
    private final CommandNames commands;
    private Set<Node> cachedRows;
    private Set<Node> cachedBelow;

    VersionRows(RevisionGraph graph, Collection<String> rows, CommandNames commands) {
        this.graph = graph;
        this.rows = new TreeSet<>(rows);
        this.commands = commands;
    }

    /** The row changes of running {@code revision} upward, applied to the rows. */
    List<RowChange> upgrade(Node revision) {
        List<RowChange> changes = new ArrayList<>(2);
        List<Node> down = revision.normalizedDown;
        List<Node> present = present(down);
        if (present.isEmpty()) {
            // A base, or none of what it stands on has a row of its own: a new branch.
            insert(revision.id, revision, "upgrade", changes);
        } else if (present.size() > 1) {
            // A merge: the rows of the merged branches collapse into one. A merged revision that
            // another row already stands on has no row to give up.
            List<Node> from = withoutAncestorsOfOthers(down, rowsExcept(down));
            List<Node> replaced = present(from);
            if (replaced.isEmpty()) {
                // Every row it merges stands below another row: a table no run of the graph leaves.
                throw inconsistent("upgrade", revision.id);
            }
            for (Node gone : replaced.subList(0, replaced.size() - 1)) {
                delete(gone.id, revision, "upgrade", changes);
            }
            update(replaced.get(replaced.size() - 1).id, revision.id, revision, "upgrade", changes);
        } else {
            update(present.get(0).id, revision.id, revision, "upgrade", changes);
        }
        return changes;
    }

    /** The row changes of running {@code revision} downward, applied to the rows. */
    List<RowChange> downgrade(Node revision) {
        List<RowChange> changes = new ArrayList<>(2);
        if (!rows.contains(revision.id)) {
            throw inconsistent("downgrade", revision.id);
        }
        List<Node> down = revision.normalizedDown;
        List<Node> to = down.isEmpty() ? List.of() : withoutAncestorsOfOthers(down, rowsExcept(List.of(revision)));
        if (to.size() > 1) {
            // A merge of revisions one of which depends on another (Alembic #1373): the lower one is
            // below the upper one's row, and a row of its own would make the table name it twice.
            to = withoutAncestorsOfEachOther(to);
        }
        if (to.isEmpty()) {
            // A base, or everything it stood on is still below another row: its row just goes.
            delete(revision.id, revision, "downgrade", changes);
        } else if (down.size() > 1) {
            // Reverting a merge: the branches it joined get their rows back.
            for (Node back : to.subList(0, to.size() - 1)) {
                insert(back.id, revision, "downgrade", changes);
            }
            update(revision.id, to.get(to.size() - 1).id, revision, "downgrade", changes);
        } else {
            update(revision.id, down.get(0).id, revision, "downgrade", changes);
        }
        return changes;
    }

    /** A stamp step (Alembic's {@code StampStep}): rows {@code from} become {@code to}. */
    List<RowChange> stamp(List<String> from, String to, boolean upgrade, boolean branchMove) {
        List<RowChange> changes = new ArrayList<>(2);
        if (!upgrade && branchMove) {
            delete(from.get(0), null, "stamp", changes);
        } else if (upgrade && (branchMove || !rows.containsAll(from)) && !rows.contains(to)) {
            insert(to, null, "stamp", changes);
        } else if (from.size() > 1) {
            for (String gone : from.subList(0, from.size() - 1)) {
                delete(gone, null, "stamp", changes);
            }
            update(from.get(from.size() - 1), to, null, "stamp", changes);
        } else {
            update(from.get(0), to, null, "stamp", changes);
        }
        return changes;
    }

    /** Deletes every row (a purge). */
    List<RowChange> purge() {
        List<RowChange> changes = new ArrayList<>();
        for (String row : new ArrayList<>(rows)) {
            delete(row, null, "purge", changes);
        }
        return changes;
    }

    Set<String> rows() {
        return rows;
    }

    private List<Node> present(List<Node> nodes) {
        List<Node> present = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            if (rows.contains(node.id)) {
                present.add(node);
            }
        }
        return present;
    }

    private List<Node> rowsExcept(List<Node> excluded) {
        List<Node> others = new ArrayList<>();
        for (String row : rows) {
            Node node = graph.byId.get(row);
            if (node != null && !excluded.contains(node)) {
                others.add(node);
            }
        }
        return others;
    }

    private List<Node> withoutAncestorsOfOthers(List<Node> candidates, List<Node> others) {
        if (others.isEmpty()) {
            return candidates;
        }
        Set<Node> below = below(others);
        List<Node> kept = new ArrayList<>(candidates.size());
        for (Node candidate : candidates) {
            if (!below.contains(candidate)) {
                kept.add(candidate);
            }
        }
        return kept;
    }

    /** The nodes that are not below another of them (along revises and dependencies). */
    private static List<Node> withoutAncestorsOfEachOther(List<Node> nodes) {
        List<Node> kept = new ArrayList<>(nodes.size());
        for (Node node : nodes) {
            boolean below = false;
            for (Node other : nodes) {
                if (other != node && RevisionGraph.ancestors(List.of(other), true).contains(node)) {
                    below = true;
                    break;
                }
            }
            if (!below) {
                kept.add(node);
            }
        }
        return kept;
    }

    /**
     * Everything below the given rows. While one branch is walked down the other rows stay the
     * same, so the last answer is kept: downgrading one long branch next to another stays linear.
     */
    private Set<Node> below(List<Node> others) {
        Set<Node> key = new HashSet<>(others);
        if (!key.equals(cachedRows)) {
            cachedRows = key;
            cachedBelow = RevisionGraph.ancestors(others, true);
        }
        return cachedBelow;
    }

    /** The failure of a change the rows do not allow: the table does not match the graph. */
    private MigrationException inconsistent(String what, String revision) {
        return EngineMessage.INCONSISTENT_ROWS.exception(what, revision, rows, commands.stamp(true, "<revision>"));
    }

    private void insert(String version, Node step, String what, List<RowChange> changes) {
        if (!rows.add(version)) {
            throw inconsistent(what, step == null ? version : step.id);
        }
        changes.add(new RowChange.Insert(version));
    }

    private void delete(String version, Node step, String what, List<RowChange> changes) {
        if (!rows.remove(version)) {
            throw inconsistent(what, step == null ? version : step.id);
        }
        changes.add(new RowChange.Delete(version));
    }

    private void update(String from, String to, Node step, String what, List<RowChange> changes) {
        if (rows.contains(to) || !rows.remove(from)) {
            throw inconsistent(what, step == null ? to : step.id);
        }
        rows.add(to);
        changes.add(new RowChange.Update(from, to));
    }
}
