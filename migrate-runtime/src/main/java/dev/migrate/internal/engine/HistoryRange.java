package dev.migrate.internal.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The revisions of a history range {@code start:end}, as {@code alembic history -r start:end}
 * selects them (its {@code walk_revisions}, an inclusive {@code _collect_upgrade_revisions}): the
 * end's revisions and their ancestors, less what lies below the start, keeping only the start and
 * what stands on it along revises. An empty side means {@code base} or {@code heads}; {@code
 * current} stands for the version table's rows. Relative walks stop at the end of the history
 * instead of failing, as in Alembic.
 *
 * <p>Where Alembic is inconsistent, this differs: a start {@code -N} counts down from the end, as
 * Alembic's documentation and its fallback do (Alembic counts from the heads, which is the same
 * for the default end); an end {@code current} on a database without revisions is {@code base}
 * (Alembic lists everything); and ranges Alembic fails on with an internal error are listed or
 * refused with a message.
 */
final class HistoryRange {

    private static final String CURRENT = "current";

    private final TargetNames names;
    private final TargetResolver resolver;

    HistoryRange(TargetNames names, TargetResolver resolver) {
        this.names = names;
        this.resolver = resolver;
    }

    /** The revisions of {@code range}, top down, given the database's {@code current} revisions. */
    List<Node> select(String range, List<Node> current) {
        String trimmed = range.strip();
        int colon = trimmed.indexOf(':');
        if (colon < 0 || colon != trimmed.lastIndexOf(':')) {
            throw EngineMessage.RANGE_SYNTAX.exception(range);
        }
        String start = orDefault(trimmed.substring(0, colon), "base");
        String end = orDefault(trimmed.substring(colon + 1), "heads");
        RelativeTarget relativeStart = start.equals(CURRENT) ? null : RelativeTarget.parse(start);
        if (relativeStart != null && (relativeStart.symbol() != null || relativeStart.steps() >= 0)) {
            throw EngineMessage.RANGE_RELATIVE_START.exception(range, start);
        }
        List<Node> lower = relativeStart != null ? null : side(start, current);
        List<Node> targets = end(range, end, lower, current);
        int at = start.indexOf('@');
        if (at > 0) {
            targets = onBranch(range, targets, start.substring(0, at));
        }
        Set<Node> needs = new LinkedHashSet<>();
        if (relativeStart == null) {
            needs.addAll(between(range, lower, targets, end));
        } else {
            for (Node target : targets) {
                Position from = resolver.walk(new Position(target), relativeStart.steps(), null, start, true);
                needs.addAll(between(range, from.isBase() ? List.of() : List.of(from.node()), List.of(target), end));
            }
        }
        return TopologicalOrder.topDown(needs, tops(needs));
    }

    /** The revisions a side stands for when it is not relative. */
    private List<Node> side(String name, List<Node> current) {
        return name.equals(CURRENT) ? current : names.revisions(name);
    }

    /** The end's revisions (Alembic's {@code _parse_upgrade_target}, with the start as current). */
    private List<Node> end(String range, String end, List<Node> lower, List<Node> current) {
        RelativeTarget relative = end.equals(CURRENT) ? null : RelativeTarget.parse(end);
        if (relative == null) {
            return side(end, current);
        }
        String label = relative.label();
        if (label != null) {
            names.resolveBranch(label);
        }
        Position from;
        if (relative.symbol() == null) {
            if (relative.steps() <= 0) {
                throw EngineMessage.RANGE_RELATIVE_END.exception(range, end);
            }
            if (lower == null) {
                throw EngineMessage.RANGE_BOTH_RELATIVE.exception(range);
            }
            List<Node> starts = resolver.walkStarts(lower, label);
            if (starts.size() > 1) {
                throw EngineMessage.RANGE_AMBIGUOUS_START.exception(range, end, starts.size(),
                        RevisionGraph.names(starts));
            }
            from = starts.isEmpty() ? null : new Position(starts.get(0));
        } else {
            String symbol = relative.steps() > 0 || label == null ? relative.symbol() : label + "@" + relative.symbol();
            Node node = names.revision(symbol);
            from = node == null ? Position.BASE : new Position(node);
            if (relative.steps() <= 0) {
                label = null;
            }
        }
        Position to = resolver.walk(from, relative.steps(), label, end, true);
        return to.isBase() ? List.of() : List.of(to.node());
    }

    /**
     * The targets on the branch a {@code label@...} start names (Alembic keeps those carrying the
     * label; a revision id stands for its one label).
     */
    private List<Node> onBranch(String range, List<Node> targets, String label) {
        String branch = label;
        if (!names.isLabel(label)) {
            Node node = names.resolveBranch(label);
            if (node.labels.size() != 1) {
                throw EngineMessage.RANGE_BRANCH_WITHOUT_LABEL.exception(range, label);
            }
            branch = node.labels.iterator().next();
        }
        List<Node> kept = new ArrayList<>();
        for (Node target : targets) {
            if (target.labels.contains(branch)) {
                kept.add(target);
            }
        }
        return kept;
    }

    /** From {@code lower} (empty: base) up to {@code targets}, both included. */
    private static Set<Node> between(String range, List<Node> lower, List<Node> targets, String end) {
        Set<Node> required = RevisionGraph.ancestors(targets, true);
        for (Node node : lower) {
            if (!required.contains(node)) {
                throw EngineMessage.RANGE_NOT_ANCESTOR.exception(range, node.id, end);
            }
        }
        Set<Node> needs = new LinkedHashSet<>(required);
        needs.removeAll(RevisionGraph.ancestors(lower, true));
        needs.addAll(lower);
        if (!lower.isEmpty()) {
            needs.retainAll(RevisionGraph.descendants(lower, false));
        }
        return needs;
    }

    /**
     * The revisions nothing else in {@code nodes} stands on. Alembic sorts from the end's
     * revisions and fails when some selected revision is not below one of them within the
     * selection; starting from every top lists it instead.
     */
    private static List<Node> tops(Collection<Node> nodes) {
        Set<Node> below = new HashSet<>();
        for (Node node : nodes) {
            below.addAll(node.normalizedDown);
        }
        List<Node> tops = new ArrayList<>();
        for (Node node : nodes) {
            if (!below.contains(node)) {
                tops.add(node);
            }
        }
        return tops;
    }

    private static String orDefault(String side, String empty) {
        String stripped = side.strip();
        return stripped.isEmpty() ? empty : stripped;
    }
}
