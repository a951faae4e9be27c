/**
 * JUnit 5 support: {@link dev.migrate.junit.MigrateRoundTrip}, a test to extend in one line that
 * upgrades and downgrades every revision of a project and compares the schemas, and {@link
 * dev.migrate.junit.SchemaSnapshot}, what a schema holds, for tests of one's own.
 */
package dev.migrate.junit;
