/**
 * Comparing a schema with a model of it: {@link dev.migrate.diff.SchemaModel} holds the tables
 * and indexes a schema should have (from an ORM's mapping, or read from a database with {@link
 * dev.migrate.diff.SchemaModel#read}), {@link dev.migrate.diff.SchemaDiff} lists the {@link
 * dev.migrate.diff.SchemaChange}s that turn one into the other, each with its inverse, and {@link
 * dev.migrate.diff.ChangeSource} writes them as the Java of a revision's {@code upgrade} and
 * {@code downgrade}.
 *
 * <pre>{@code
 * SchemaModel actual = SchemaModel.read(connection);
 * List<SchemaChange> changes = SchemaDiff.between(actual, expected, "h2");
 * changes.forEach(change -> System.out.println(change.difference()));
 * }</pre>
 *
 * <p>Compared: tables, columns (type, nullability), unique constraints and unique indexes (by
 * columns), indexes (by columns), foreign keys (by columns and referenced table) and primary keys
 * (reported, not generated). Not compared: defaults, identity, check constraints of existing
 * tables, referential actions, comments, sequences, views, enum types, binary lengths and
 * fractional-second precision.
 */
package dev.migrate.diff;
