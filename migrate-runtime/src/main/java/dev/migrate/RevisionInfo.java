package dev.migrate;

import java.util.List;

/**
 * A revision as the index describes it, and whether the database has it applied.
 *
 * @param id the revision's id
 * @param revises the ids of its parents
 * @param dependsOn the ids or labels it depends on
 * @param branchLabels its own branch labels
 * @param message its message
 * @param className the class that declares it
 * @param head whether nothing revises it
 * @param applied whether it is at or below the version table's rows; {@code false} when the
 *     information came without a database
 */
public record RevisionInfo(
        String id,
        List<String> revises,
        List<String> dependsOn,
        List<String> branchLabels,
        String message,
        String className,
        boolean head,
        boolean applied) {

    /** Copies the lists, so the value cannot change. */
    public RevisionInfo {
        revises = List.copyOf(revises);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
    }
}
