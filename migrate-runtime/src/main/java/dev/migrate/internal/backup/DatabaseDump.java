package dev.migrate.internal.backup;

import java.nio.file.Path;

/** One database's way to write a backup file and to load it again. */
interface DatabaseDump {

    /** The backup file's extension, such as {@code .dump}. */
    String extension();

    /** The name of the database a restore into it replaces, as a production confirmation names it. */
    String databaseName();

    /** Fails, naming the package to install, when a tool the dump or restore needs is missing; runs nothing. */
    void requireTools();

    /** Writes the whole database (or its configured schema) to {@code file}. */
    void dump(Path file);

    /**
     * Loads {@code file}.
     *
     * @param file a file {@link #dump} wrote
     * @param database another database to load it into, or {@code null} for this one, which is emptied first
     */
    void restore(Path file, String database);
}
