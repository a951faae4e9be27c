package dev.migrate.internal.engine;

/** One change to the version table's rows, as Alembic's head maintainer makes them. */
public sealed interface RowChange {

    /** Adds a row. */
    record Insert(String version) implements RowChange {}

    /** Removes a row. */
    record Delete(String version) implements RowChange {}

    /** Replaces one row's version. */
    record Update(String from, String to) implements RowChange {}
}
