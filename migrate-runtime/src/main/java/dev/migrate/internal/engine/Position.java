package dev.migrate.internal.engine;

/**
 * Where a relative walk ends: a revision, or {@link #BASE}, below every revision.
 *
 * @param node the revision, or {@code null} for base
 */
record Position(Node node) {

    static final Position BASE = new Position(null);

    boolean isBase() {
        return node == null;
    }
}
