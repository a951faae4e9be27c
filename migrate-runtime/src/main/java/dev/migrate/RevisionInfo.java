package dev.migrate;

import java.util.List;

/**
 * A revision as the index describes it, its place in the graph, and whether the database has it
 * applied.
 *
 * @param id the revision's id
 * @param revises the ids of its parents
 * @param revisedBy the ids of the revisions that revise it, sorted: several make it a branch point
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
        List<String> revisedBy,
        List<String> dependsOn,
        List<String> branchLabels,
        String message,
        String className,
        boolean head,
        boolean applied) {

    /** Copies the lists, so the value cannot change. */
    public RevisionInfo {
        revises = List.copyOf(revises);
        revisedBy = List.copyOf(revisedBy);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
    }

    /**
     * Whether it revises nothing: a first revision.
     *
     * @return whether {@link #revises()} is empty
     */
    public boolean base() {
        return revises.isEmpty();
    }

    /**
     * Whether several revisions revise it: the history forks after it.
     *
     * @return whether {@link #revisedBy()} has more than one id
     */
    public boolean branchPoint() {
        return revisedBy.size() > 1;
    }

    /**
     * Whether it revises several revisions: it joins branches.
     *
     * @return whether {@link #revises()} has more than one id
     */
    public boolean mergePoint() {
        return revises.size() > 1;
    }
}
