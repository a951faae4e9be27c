/**
 * Reading a live schema through JDBC metadata ({@link dev.migrate.internal.schema.SchemaReader}),
 * shared by migrate-junit's snapshots and the comparison of a database with a model ({@link
 * dev.migrate.diff}). Internal: users do not use it.
 */
package dev.migrate.internal.schema;
