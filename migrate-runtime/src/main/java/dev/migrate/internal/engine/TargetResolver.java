package dev.migrate.internal.engine;

import dev.migrate.MigrationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the names users write into revisions, as Alembic's {@code RevisionMap} does: {@code heads},
 * {@code head}, {@code base}, ids, unique id prefixes, branch labels, {@code label@...} forms, and
 * walks of {@code +N} / {@code -N}.
 */
final class TargetResolver {

    /** Alembic matches a prefix only against names longer than this. */
    private static final int MIN_PARTIAL_CANDIDATE = 3;

    private final RevisionGraph graph;

    TargetResolver(RevisionGraph graph) {
        this.graph = graph;
    }

    /**
     * The ids a name stands for before lookup, and the branch label it carries (Alembic's {@code
     * _resolve_revision_number}).
     */
    record Symbol(List<String> ids, String label) {}

    Symbol symbol(String name) {
        String label = null;
        String id = name;
        int at = name.indexOf('@');
        if (at >= 0) {
            label = name.substring(0, at);
            id = name.substring(at + 1);
            resolveBranch(label);
        }
        switch (id) {
            case "heads":
                if (label != null) {
                    return new Symbol(RevisionGraph.ids(filterForLineage(graph.heads, label, false)), label);
                }
                return new Symbol(RevisionGraph.ids(graph.realHeads), null);
            case "head":
                Node head = currentHead(label, name);
                return new Symbol(head == null ? List.of() : List.of(head.id), label);
            case "base":
                return new Symbol(List.of(), label);
            default:
                if (id.isEmpty()) {
                    throw EngineMessage.EMPTY_TARGET.exception(name);
                }
                return new Symbol(List.of(id), label);
        }
    }

    /** The single head, of the whole graph or of a branch; an error naming the heads when several. */
    Node currentHead(String label, String asWritten) {
        List<Node> heads = label == null ? graph.heads : filterForLineage(graph.heads, label, false);
        if (heads.size() > 1) {
            if (label == null) {
                throw EngineMessage.MULTIPLE_HEADS.exception(asWritten, heads.size(), RevisionGraph.names(heads),
                        "heads");
            }
            throw EngineMessage.MULTIPLE_BRANCH_HEADS.exception(asWritten, label, heads.size(),
                    RevisionGraph.names(heads), label + "@heads");
        }
        return heads.isEmpty() ? null : heads.get(0);
    }

    /** The revisions a name stands for; empty for base (Alembic's {@code get_revisions}). */
    List<Node> revisions(String name) {
        Symbol symbol = symbol(name);
        List<Node> result = new ArrayList<>(symbol.ids().size());
        for (String id : symbol.ids()) {
            result.add(lookup(id, symbol.label()));
        }
        return result;
    }

    /** The one revision a name stands for, or {@code null} for base (Alembic's {@code get_revision}). */
    Node revision(String name) {
        Symbol symbol = symbol(name);
        if (symbol.ids().size() > 1) {
            throw EngineMessage.MULTIPLE_REVISIONS.exception(name, symbol.ids().size(),
                    String.join(", ", symbol.ids()));
        }
        return symbol.ids().isEmpty() ? null : lookup(symbol.ids().get(0), symbol.label());
    }

    /** Whether {@code name} is a declared branch label (rather than a revision standing for a branch). */
    boolean isLabel(String name) {
        return graph.byLabel.containsKey(name);
    }

    /** The revision that declares a label, or failing that the revision the name stands for. */
    Node resolveBranch(String label) {
        Node labelled = graph.byLabel.get(label);
        if (labelled != null) {
            return labelled;
        }
        try {
            return lookup(label, null);
        } catch (MigrationException notARevision) {
            throw EngineMessage.UNKNOWN_BRANCH.exception(label,
                    graph.byLabel.isEmpty() ? "(none)" : String.join(", ", graph.byLabel.keySet()));
        }
    }

    /**
     * An id, a label (the revision that declares it) or a unique prefix; when {@code branch} is given,
     * the revision must share that branch's lineage (Alembic's {@code _revision_for_ident}).
     */
    Node lookup(String name, String branch) {
        Node branchNode = branch == null ? null : resolveBranch(branch);
        Node node = graph.byId.get(name);
        if (node == null) {
            node = graph.byLabel.get(name);
        }
        if (node == null) {
            List<Node> candidates = new ArrayList<>();
            List<String> names = new ArrayList<>();
            addPrefixed(graph.byId, name, candidates, names);
            addPrefixed(graph.byLabel, name, candidates, names);
            if (branchNode != null) {
                List<Node> kept = new ArrayList<>();
                List<String> keptNames = new ArrayList<>();
                for (int i = 0; i < candidates.size(); i++) {
                    if (RevisionGraph.sharesLineage(candidates.get(i), List.of(branchNode), false)) {
                        kept.add(candidates.get(i));
                        keptNames.add(names.get(i));
                    }
                }
                candidates = kept;
                names = keptNames;
            }
            if (candidates.isEmpty()) {
                throw EngineMessage.UNKNOWN_REVISION.exception(name);
            }
            if (candidates.size() > 1) {
                names.sort(null);
                throw EngineMessage.AMBIGUOUS_PREFIX.exception(name, candidates.size(), String.join(", ", names));
            }
            node = candidates.get(0);
        }
        if (branchNode != null && !RevisionGraph.sharesLineage(node, List.of(branchNode), false)) {
            throw EngineMessage.NOT_ON_BRANCH.exception(node.id, branch, branchNode.id);
        }
        return node;
    }

    private static void addPrefixed(Map<String, Node> names, String prefix, List<Node> out, List<String> outNames) {
        for (Map.Entry<String, Node> entry : names.entrySet()) {
            String key = entry.getKey();
            if (key.length() > MIN_PARTIAL_CANDIDATE && key.startsWith(prefix)) {
                out.add(entry.getValue());
                outNames.add(key);
            }
        }
    }

    /**
     * The targets that share lineage with what {@code against} names (Alembic's {@code
     * filter_for_lineage}): base and "heads" forms keep what shares lineage with their label.
     */
    List<Node> filterForLineage(Collection<Node> targets, String against, boolean withDependencies) {
        Symbol symbol = symbol(against);
        List<Node> shares = new ArrayList<>();
        if (symbol.label() != null) {
            shares.add(lookup(symbol.label(), null));
        }
        for (String id : symbol.ids()) {
            shares.add(lookup(id, null));
        }
        List<Node> kept = new ArrayList<>();
        for (Node target : targets) {
            if (RevisionGraph.sharesLineage(target, shares, withDependencies)) {
                kept.add(target);
            }
        }
        return kept;
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
                    next = filterForLineage(next, label, false);
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

    /** The revisions an upgrade target stands for (Alembic's {@code _parse_upgrade_target}). */
    List<Node> upgradeTargets(List<Node> current, String target) {
        RelativeTarget relative = RelativeTarget.parse(target);
        if (relative == null) {
            return revisions(target);
        }
        String label = relative.label();
        if (label != null) {
            resolveBranch(label);
        }
        if (relative.steps() > 0 && relative.symbol() == null) {
            List<Node> starts = walkStarts(current, label);
            if (starts.size() > 1) {
                throw EngineMessage.AMBIGUOUS_CURRENT.exception(target, starts.size(), RevisionGraph.names(starts));
            }
            Position from = starts.isEmpty() ? null : new Position(starts.get(0));
            Position end = walk(from, relative.steps(), label, target);
            if (end == null) {
                throw EngineMessage.RELATIVE_TOO_FAR.exception(target,
                        from == null ? "base" : from.node().id);
            }
            return List.of(end.node());
        }
        if (relative.steps() > 0) {
            Node from = revision(relative.symbol());
            Position end = walk(new Position(from), relative.steps(), label, target);
            if (end == null) {
                throw EngineMessage.RELATIVE_TOO_FAR.exception(target, from == null ? "base" : from.id);
            }
            return List.of(end.node());
        }
        if (relative.symbol() == null) {
            throw EngineMessage.RELATIVE_WRONG_WAY.exception(target, "upgrade", "downgrade " + target);
        }
        Node from = revision(label == null ? relative.symbol() : label + "@" + relative.symbol());
        Position end = walk(from == null ? Position.BASE : new Position(from), relative.steps(), null, target);
        if (end == null) {
            throw EngineMessage.RELATIVE_TOO_FAR.exception(target, from == null ? "base" : from.id);
        }
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
        List<Node> starts = filterForLineage(current, label, false);
        return starts.isEmpty() ? branchTips(current, label) : starts;
    }

    /**
     * When no current revision is on the branch: the tips of the applied part of its lineage,
     * none meaning "from base".
     */
    private List<Node> branchTips(List<Node> current, String label) {
        List<Node> active = filterForLineage(RevisionGraph.ancestors(current, true), label, false);
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
            return new DowngradeTarget(label == null || label.isEmpty() ? null : label, revision(target));
        }
        String label = relative.label();
        if (label != null) {
            resolveBranch(label);
        }
        if (relative.steps() >= 0) {
            if (relative.symbol() == null) {
                throw EngineMessage.RELATIVE_WRONG_WAY.exception(target, "downgrade", "upgrade " + target);
            }
            Node from = revision(relative.symbol());
            Position end = walk(from == null ? Position.BASE : new Position(from), relative.steps(), label, target);
            if (end == null) {
                throw EngineMessage.RELATIVE_TOO_FAR.exception(target, from == null ? "base" : from.id);
            }
            return new DowngradeTarget(label, end.node());
        }
        String symbol = relative.symbol();
        if (symbol == null) {
            if (label != null) {
                List<Node> onBranch = filterForLineage(current, label, false);
                if (onBranch.isEmpty()) {
                    // Other branch heads may all depend on one current revision: look at what is applied.
                    onBranch = filterForLineage(branchHeadsOfApplied(current), label, false);
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
        Node from = revision(label == null ? symbol : label + "@" + symbol);
        Position end = walk(from == null ? Position.BASE : new Position(from), relative.steps(), null, target);
        if (end == null) {
            throw EngineMessage.RELATIVE_TOO_FAR.exception(target, from == null ? "base" : from.id);
        }
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
