package dev.migrate.internal.engine;

import dev.migrate.MigrationException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the names users write into revisions, as Alembic's {@code RevisionMap} does: {@code heads},
 * {@code head}, {@code base}, ids, unique id prefixes, branch labels and {@code label@...} forms.
 * The relative walks of {@code +N} / {@code -N} are {@link TargetResolver}'s.
 */
final class TargetNames {

    /** Alembic matches a prefix only against names longer than this. */
    private static final int MIN_PARTIAL_CANDIDATE = 3;

    private final RevisionGraph graph;

    TargetNames(RevisionGraph graph) {
        this.graph = graph;
    }

    /**
     * The ids a name stands for before lookup, and the branch label it carries (Alembic's {@code
     * _resolve_revision_number}).
     */
    record Symbol(List<String> ids, String label) {}

    Symbol symbol(String name) {
        if (name.indexOf(',') >= 0) {
            // No id or label holds a comma: several revisions were written as one target.
            throw EngineMessage.COMMA_TARGET.exception(name, String.join(", ", commaParts(name)));
        }
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

    /** The parts of a target written with commas, without blanks. */
    static List<String> commaParts(String name) {
        List<String> parts = new ArrayList<>();
        for (String part : name.split(",")) {
            if (!part.isBlank()) {
                parts.add(part.trim());
            }
        }
        return parts;
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
}
