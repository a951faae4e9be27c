package dev.migrate.internal.jdbc;

import java.time.Instant;

/**
 * Where the values of a bookkeeping statement go while its text is built: bound as parameters when
 * the statement runs ({@link BoundValues}), or written as literals into an SQL script ({@link
 * LiteralValues}). One method builds each statement for both, so the online bookkeeping and the
 * offline script cannot drift apart. Each method returns the text that stands for the value.
 */
public interface SqlValues {

    /** A string, or {@code null}. */
    String string(String value);

    /** A whole number. */
    String number(long value);

    /** A boolean. */
    String bool(boolean value);

    /** The time a step started; a script has no such time and writes the database's clock instead. */
    String timestamp(Instant value);

    /** Who runs the step; a script does not know and writes the database's current user instead. */
    String user(String value);
}
