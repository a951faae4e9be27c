package dev.migrate.internal.engine;

import dev.migrate.graph.RevisionNode;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * The revision graph with Alembic's semantics: target resolution, and the plans of upgrade,
 * downgrade and stamp. Every bad target is a {@link dev.migrate.MigrationException} thrown before
 * anything is planned.
 */
public final class RevisionMap {

    /** Builds the map of revisions that have passed the graph rules. */
    public RevisionMap(Collection<RevisionNode> revisions) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The ids of the heads, sorted. */
    public List<String> heads() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The ids of the bases, sorted. */
    public List<String> bases() {
        throw new UnsupportedOperationException("not yet");
    }

    /** The steps that upgrade a database whose version rows are {@code current} to {@code target}. */
    public List<PlannedStep> upgrade(Set<String> current, String target) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The steps that downgrade a database whose version rows are {@code current} to {@code target}. */
    public List<PlannedStep> downgrade(Set<String> current, String target) {
        throw new UnsupportedOperationException("not yet");
    }

    /** The version-table changes that stamp {@code current} to {@code targets}, without running anything. */
    public List<RowChange> stamp(Set<String> current, List<String> targets, boolean purge) {
        throw new UnsupportedOperationException("not yet");
    }
}
