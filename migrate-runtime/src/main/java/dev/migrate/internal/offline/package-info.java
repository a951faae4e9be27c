/**
 * The offline mode: plans a command from given version rows and writes it as an SQL script for a
 * DBA to review, without running anything. Internal: not API.
 */
package dev.migrate.internal.offline;
