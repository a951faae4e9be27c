package dev.migrate.graph;

import java.util.List;
import java.util.Objects;

/**
 * One revision as the graph rules see it.
 *
 * @param id the revision's id
 * @param revises the ids of its parents
 * @param dependsOn the ids or branch labels it depends on
 * @param branchLabels its own branch labels
 * @param source what declares it, for messages: the class's name
 */
public record RevisionNode(
        String id, List<String> revises, List<String> dependsOn, List<String> branchLabels, String source) {

    /** Copies the lists, so a node cannot change. */
    public RevisionNode {
        Objects.requireNonNull(id, "id");
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        Objects.requireNonNull(source, "source");
    }

    /** Names the revision in messages: its id and the class that declares it. */
    String display() {
        return "\"" + id + "\" (" + source + ")";
    }
}
