package dev.migrate;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * A backup file that {@link Backups} wrote, as its name describes it.
 *
 * @param file the file
 * @param database the database it holds (with {@code .schema} when limited to one PostgreSQL schema)
 * @param revisions the revisions the database was at, sorted; empty at {@code base}
 * @param taken when it was taken, to the millisecond
 */
public record Backup(Path file, String database, List<String> revisions, Instant taken) {}
