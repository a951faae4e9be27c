/**
 * Release bundles: {@link dev.migrate.cli.bundle.BundleWriter} writes one reproducible executable
 * jar of a project's revisions, its runtime class path, the command line and the JDBC drivers, with
 * {@code META-INF/migrate/bundle.json} (the revisions, the heads, a SHA-256 of every file and a digest
 * of their listing), and the offline upgrade scripts beside it; {@link dev.migrate.cli.bundle.BundleGuard}
 * checks a running bundle against that manifest, for {@code verify} and before any command writes.
 * The Maven goal {@code migrate:bundle} is a thin front end over the writer.
 */
package dev.migrate.cli.bundle;
