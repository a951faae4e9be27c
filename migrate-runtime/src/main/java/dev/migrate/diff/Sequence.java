package dev.migrate.diff;

import java.util.regex.Pattern;

/**
 * A sequence, as an ORM numbers ids with one (Hibernate's {@code <entity>_SEQ}). Its name is
 * written unquoted, as the ORM writes it, so that the database folds its case alike.
 *
 * @param name the sequence's name
 * @param start its first value
 * @param increment the step between values (an ORM that allocates ids in blocks uses the block's size)
 */
public record Sequence(String name, long start, int increment) {

    /** An unquoted SQL name, since the name is written into SQL as is. */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]*");

    /** Checks the name: letters, digits, {@code _} and {@code $}, not starting with a digit. */
    public Sequence {
        if (name == null || !PLAIN_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Sequence name \"" + name + "\" is no plain SQL name; use letters,"
                    + " digits, _ and $, starting with a letter or _");
        }
    }

    /**
     * The statement that creates it.
     *
     * @return {@code CREATE SEQUENCE name START WITH start INCREMENT BY increment}, which H2,
     *     PostgreSQL and MariaDB run alike
     */
    public String createSql() {
        return "CREATE SEQUENCE " + name + " START WITH " + start + " INCREMENT BY " + increment;
    }

    /**
     * The statement that drops it.
     *
     * @return {@code DROP SEQUENCE name}
     */
    public String dropSql() {
        return "DROP SEQUENCE " + name;
    }
}
