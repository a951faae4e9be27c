/**
 * The database side of the engine: the version and history tables and the statements that keep
 * them, the migration lock, and the {@link dev.migrate.Ops} that revisions run against
 * (on a connection, or written into a script). The steps themselves run in {@code
 * dev.migrate.internal.execution}; what differs between databases is in {@code
 * dev.migrate.internal.db}. Internal: users do not use it.
 */
package dev.migrate.internal.jdbc;
