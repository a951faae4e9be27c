/**
 * Connections from a JDBC URL: a data source that opens one connection per request (the default
 * for one-shot commands), and a HikariCP pool when the application asks for one. Internal: not API.
 */
package dev.migrate.internal.connect;
