/**
 * What differs between databases, behind one {@link dev.migrate.internal.db.Dialect}: each
 * database's dialect, schema renderer, value renderer and migration lock live together in a
 * package of their own ({@code postgres}, {@code mysql}, {@code h2}), and {@link
 * dev.migrate.internal.db.Dialects} chooses one from a connection or a name. Internal: users do
 * not use it.
 */
package dev.migrate.internal.db;
