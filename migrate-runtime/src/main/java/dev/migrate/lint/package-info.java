/**
 * Lint of revisions before they run: each revision's {@code upgrade} is recorded against the
 * offline renderer of a dialect, without a database, and rules flag destructive, incompatible and
 * locking changes ({@link dev.migrate.lint.Rule}). {@link dev.migrate.lint.Linter} is the entry
 * point of the Maven goal and the command line.
 */
package dev.migrate.lint;
