package dev.migrate.internal.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One revision inside the engine, linked to its neighbours. Mutable only while {@link
 * RevisionGraph} builds it; read-only afterwards.
 */
final class Node {

    final String id;
    /** Position in id order: Alembic breaks ties between independent branches by load order. */
    final int order;
    /** What it revises, in declaration order (Alembic's {@code _versioned_down_revisions}). */
    final List<Node> revises = new ArrayList<>(1);
    /** What it depends on, resolved to revisions (Alembic's {@code _resolved_dependencies}). */
    final List<Node> dependencies = new ArrayList<>(0);
    /**
     * {@link #revises} then the dependencies that no ancestor already depends on (Alembic's {@code
     * _normalized_down_revisions}): the rows a step of this revision replaces.
     */
    final List<Node> normalizedDown = new ArrayList<>(1);
    /** Whether some dependency survived normalisation. */
    boolean hasNormalizedDependencies;
    /** The revisions that revise this one, in id order (Alembic's {@code nextrev}). */
    final List<Node> children = new ArrayList<>(1);
    /** The revisions that revise or depend on this one, in id order (Alembic's {@code _all_nextrev}). */
    final List<Node> dependents = new ArrayList<>(1);
    /** Its own labels, then those spread to it; empty sets are shared. */
    Set<String> labels = Set.of();

    Node(String id, int order) {
        this.id = id;
        this.order = order;
    }

    void addLabels(Set<String> more) {
        if (more.isEmpty() || labels.containsAll(more)) {
            return;
        }
        if (!(labels instanceof HashSet)) {
            labels = new HashSet<>(labels);
        }
        labels.addAll(more);
    }

    @Override
    public String toString() {
        return id;
    }
}
