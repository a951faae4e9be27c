/**
 * The database side of the engine: dialects, the version and history tables and the statements
 * that keep them, the migration lock, and the {@link dev.migrate.Ops} that revisions run against
 * (on a connection, or written into a script). The steps themselves run in {@code
 * dev.migrate.internal.execution}. Internal: users do not use it.
 */
package dev.migrate.internal.jdbc;
