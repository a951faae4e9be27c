/**
 * Backups with each database's own tools: {@code pg_dump}/{@code pg_restore}, {@code
 * mysqldump}/{@code mysql} (or their {@code mariadb-*} names), and H2's {@code SCRIPT}/{@code
 * RUNSCRIPT}. Behind {@link dev.migrate.Backups}. Internal: users do not use it.
 */
package dev.migrate.internal.backup;
