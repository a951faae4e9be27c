package dev.migrate.internal.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What a revision stands on, as the history table's {@code lineage} column records it, so that a
 * build without the revision can still tell where it sits: the ids it revises, comma-separated,
 * then, when it has any, {@code ;} and its dependencies (ids or branch labels, as declared). A
 * base without dependencies records the empty text; a row without lineage holds {@code NULL}.
 *
 * @param revises the parents' ids
 * @param dependsOn the dependencies, as declared
 */
public record Lineage(List<String> revises, List<String> dependsOn) {

    /** Copies the lists, so the value cannot change. */
    public Lineage {
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
    }

    /**
     * The column's text for a revision. Ids and labels hold only letters, digits and {@code _}, so
     * the separators are unambiguous.
     *
     * @param revises the parents' ids
     * @param dependsOn the dependencies
     * @return such as {@code "a1,b1;c1"}, or {@code ""} for a base
     */
    public static String text(List<String> revises, List<String> dependsOn) {
        String parents = String.join(",", revises);
        return dependsOn.isEmpty() ? parents : parents + ";" + String.join(",", dependsOn);
    }

    /**
     * Reads the column's text.
     *
     * @param text what {@link #text} wrote
     * @return the lineage
     */
    public static Lineage parse(String text) {
        int semicolon = text.indexOf(';');
        String parents = semicolon < 0 ? text : text.substring(0, semicolon);
        String dependencies = semicolon < 0 ? "" : text.substring(semicolon + 1);
        return new Lineage(names(parents), names(dependencies));
    }

    /**
     * Whether this lineage names what {@code node} stands on in {@code graph}: the same parents and
     * the same dependencies, a branch label standing for the revision that has it now.
     */
    boolean standsLike(RevisionGraph graph, Node node) {
        return Set.copyOf(revises).equals(Set.copyOf(RevisionGraph.ids(node.revises)))
                && Set.copyOf(dependencyIds(graph)).equals(Set.copyOf(RevisionGraph.ids(node.dependencies)));
    }

    /** The dependencies as revision ids: a label of a revision in {@code graph} becomes that revision's id. */
    List<String> dependencyIds(RevisionGraph graph) {
        List<String> ids = new ArrayList<>(dependsOn.size());
        for (String dependency : dependsOn) {
            Node labelled = graph.byId.containsKey(dependency) ? null : graph.byLabel.get(dependency);
            ids.add(labelled == null ? dependency : labelled.id);
        }
        return ids;
    }

    private static List<String> names(String joined) {
        String trimmed = joined.strip();
        return trimmed.isEmpty() ? List.of() : List.of(trimmed.split("\\s*,\\s*"));
    }
}
