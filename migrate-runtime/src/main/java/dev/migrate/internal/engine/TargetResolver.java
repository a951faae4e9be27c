package dev.migrate.internal.engine;

import dev.migrate.MigrationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Turns upgrade and downgrade targets into revisions, walks of {@code +N} / {@code -N} included,
 * as Alembic's {@code RevisionMap} does; plain names are {@link TargetNames}' to resolve.
 */
final class TargetResolver {

    private final RevisionGraph graph;
    private final TargetNames names;

    TargetResolver(RevisionGraph graph, TargetNames names) {
        this.graph = graph;
        this.names = names;
    }

    /**
     * Walks {@code steps} up or down from {@code start} ({@code null}: from below every base when
     * walking up); {@code null} when the walk runs out of history. Up, {@code label} keeps only
     * the children on that branch. A fork on the way is an error, never a guess.
     */
    Position walk(Position start, int steps, String label, String asWritten) {
        return walk(start, steps, label, asWritten, false);
    }

    /**
     * As {@link #walk(Position, int, String, String)}; with {@code clamp}, a walk that runs out of
     * history stops at its end instead (Alembic's {@code no_overwalk=False}, which history uses).
     */
    Position walk(Position start, int steps, String label, String asWritten, boolean clamp) {
        Node at = start == null ? null : start.node();
        boolean atBase = start != null && start.isBase();
        for (int i = 0; i < Math.abs(steps); i++) {
            List<Node> next;
            if (steps > 0) {
                next = at == null ? graph.bases : at.children;
                if (label != null) {
                    next = names.filterForLineage(next, label, false);
                }
                if (next.size() > 1) {
                    throw EngineMessage.AMBIGUOUS_WALK_UP.exception(asWritten, at == null ? "base" : at.id,
                            RevisionGraph.names(next));
                }
            } else {
                if (atBase) {
                    return clamp ? Position.BASE : null;
                }
                next = at == null ? graph.heads : at.revises;
                if (next.size() > 1) {
                    throw EngineMessage.AMBIGUOUS_WALK_DOWN.exception(asWritten, at == null ? "the graph" : at.id,
                            RevisionGraph.names(next));
                }
                if (next.isEmpty()) {
                    atBase = true;
                    at = null;
                    continue;
                }
            }
            if (next.isEmpty()) {
                return clamp ? (at == null ? Position.BASE : new Position(at)) : null;
            }
            at = next.get(0);
            // A step up from base lands on a revision: base+N is that revision, never base again.
            atBase = false;
        }
        return atBase ? Position.BASE : new Position(at);
    }

    /**
     * As {@link #walk(Position, int, String, String)}, for a target that must land somewhere: a walk
     * that runs out of history is an error naming where it started.
     */
    private Position walkOrFail(Position start, int steps, String label, String asWritten) {
        Position end = walk(start, steps, label, asWritten);
        if (end == null) {
            throw EngineMessage.RELATIVE_TOO_FAR.exception(asWritten,
                    start == null || start.isBase() ? "base" : start.node().id);
        }
        return end;
    }

    /** The revisions an upgrade target stands for (Alembic's {@code _parse_upgrade_target}). */
    List<Node> upgradeTargets(List<Node> current, String target) {
        RelativeTarget relative = RelativeTarget.parse(target);
        if (relative == null) {
            return names.revisions(target);
        }
        relative.requireSteps(target, "upgrade");
        String label = relative.label();
        if (label != null) {
            names.resolveBranch(label);
        }
        if (relative.steps() > 0 && relative.symbol() == null) {
            List<Node> starts = walkStarts(current, label);
            if (starts.size() > 1) {
                throw EngineMessage.AMBIGUOUS_CURRENT.exception(target, starts.size(), RevisionGraph.names(starts));
            }
            Position from = starts.isEmpty() ? null : new Position(starts.get(0));
            Position end = walkOrFail(from, relative.steps(), label, target);
            return List.of(end.node());
        }
        if (relative.steps() > 0) {
            Node from = names.revision(relative.symbol());
            Position end = walkOrFail(new Position(from), relative.steps(), label, target);
            return List.of(end.node());
        }
        if (relative.symbol() == null) {
            throw EngineMessage.RELATIVE_WRONG_WAY.exception(target, "upgrade", "downgrade " + target);
        }
        Node from = names.revision(label == null ? relative.symbol() : label + "@" + relative.symbol());
        Position end = walkOrFail(new Position(from), relative.steps(), null, target);
        return end.isBase() ? List.of() : List.of(end.node());
    }

    /**
     * Where a walk of {@code label@+N} (or {@code +N}, without a label) from {@code current} starts:
     * the current revisions on the branch, else the tips of the applied part of its lineage; none
     * means "from base".
     */
    List<Node> walkStarts(List<Node> current, String label) {
        if (label == null) {
            return current;
        }
        List<Node> starts = names.filterForLineage(current, label, false);
        return starts.isEmpty() ? branchTips(current, label) : starts;
    }

    /**
     * When no current revision is on the branch: the tips of the applied part of its lineage,
     * none meaning "from base".
     */
    private List<Node> branchTips(List<Node> current, String label) {
        List<Node> active = names.filterForLineage(RevisionGraph.ancestors(current, true), label, false);
        List<Node> tips = new ArrayList<>(active);
        for (Node node : active) {
            tips.removeAll(node.normalizedDown);
        }
        return RevisionGraph.inOrder(tips);
    }

    /**
     * A downgrade target (Alembic's {@code _parse_downgrade_target}).
     *
     * @param label the branch the downgrade is restricted to, or {@code null}
     * @param target the revision to end at, or {@code null} for base
     */
    record DowngradeTarget(String label, Node target) {}

    DowngradeTarget downgradeTarget(List<Node> current, String target) {
        RelativeTarget relative = RelativeTarget.parse(target);
        if (relative == null) {
            int at = target.lastIndexOf('@');
            String label = at < 0 ? null : target.substring(0, at);
            // Stricter than Alembic, which ignores the label here: label@id must be on the branch.
            return new DowngradeTarget(label == null || label.isEmpty() ? null : label, names.revision(target));
        }
        relative.requireSteps(target, "downgrade");
        String label = relative.label();
        if (label != null) {
            names.resolveBranch(label);
        }
        if (relative.steps() >= 0) {
            if (relative.symbol() == null) {
                throw EngineMessage.RELATIVE_WRONG_WAY.exception(target, "downgrade", "upgrade " + target);
            }
            Node from = names.revision(relative.symbol());
            Position end = walkOrFail(new Position(from), relative.steps(), label, target);
            return new DowngradeTarget(label, end.node());
        }
        String symbol = relative.symbol();
        if (symbol == null) {
            if (label != null) {
                List<Node> onBranch = names.filterForLineage(current, label, false);
                if (onBranch.isEmpty()) {
                    // Other branch heads may all depend on one current revision: look at what is applied.
                    onBranch = names.filterForLineage(branchHeadsOfApplied(current), label, false);
                }
                if (onBranch.isEmpty()) {
                    throw EngineMessage.NO_CURRENT_ON_BRANCH.exception(target, label, RevisionGraph.names(current));
                }
                if (onBranch.size() > 1) {
                    throw EngineMessage.AMBIGUOUS_CURRENT.exception(target, onBranch.size(),
                            RevisionGraph.names(onBranch));
                }
                symbol = onBranch.get(0).id;
            } else {
                if (current.isEmpty()) {
                    throw EngineMessage.NO_CURRENT.exception(target);
                }
                if (current.size() > 1) {
                    // Alembic warns and picks the first row; the order of rows means nothing, so refuse.
                    throw EngineMessage.AMBIGUOUS_CURRENT.exception(target, current.size(),
                            RevisionGraph.names(current));
                }
                symbol = current.get(0).id;
                // Restrict the downgrade to the branch of that revision, as Alembic does.
                label = symbol;
            }
        }
        Node from = names.revision(label == null ? symbol : label + "@" + symbol);
        Position end = walkOrFail(new Position(from), relative.steps(), null, target);
        return new DowngradeTarget(label, end.node());
    }

    /** The applied revisions with no applied descendant (Alembic's {@code _get_all_current}). */
    private List<Node> branchHeadsOfApplied(List<Node> current) {
        Set<Node> applied = RevisionGraph.ancestors(current, true);
        List<Node> tips = new ArrayList<>();
        for (Node node : applied) {
            boolean covered = false;
            for (Node above : RevisionGraph.descendants(List.of(node), false)) {
                if (above != node && applied.contains(above)) {
                    covered = true;
                    break;
                }
            }
            if (!covered) {
                tips.add(node);
            }
        }
        return RevisionGraph.inOrder(tips);
    }
}
