/**
 * The database side of the engine: dialects, the version and history tables, the migration
 * lock and the executor that runs one planned step with its bookkeeping. Internal: only {@code
 * dev.migrate.Migrator} uses it; users do not.
 */
package dev.migrate.internal.jdbc;
