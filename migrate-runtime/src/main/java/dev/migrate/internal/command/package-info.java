/**
 * The commands behind {@link dev.migrate.Migrator}'s facade: upgrade and downgrade ({@code
 * RunCommand}), stamp, status and history, mark-resolved and scripts, each holding the database
 * through one {@code Session}. Internal: not API.
 */
package dev.migrate.internal.command;
