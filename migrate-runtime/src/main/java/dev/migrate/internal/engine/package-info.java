/**
 * The revision engine: the revision graph with Alembic's semantics ({@link
 * dev.migrate.internal.engine.RevisionMap}), and the plans it makes for upgrade, downgrade and
 * stamp. Pure Java, no database. This package is not a stable API for users.
 */
package dev.migrate.internal.engine;
