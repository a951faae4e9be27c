package dev.migrate.internal.sql;

import dev.migrate.schema.DefaultValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Renders values for one database: as SQL literals, for defaults and the inserts of a script, and
 * as objects for the driver's {@code setObject}. Standard SQL here, as H2 speaks it; PostgreSQL and
 * MySQL override what differs.
 */
public class ValueRenderer {

    /**
     * A string literal, escaped so that the database reads back exactly {@code value}.
     *
     * @param value the text
     * @return the literal, quotes included
     */
    protected String stringLiteral(String value) {
        return Literals.standardString(value);
    }

    /**
     * A value as an SQL literal, as in a column's default.
     *
     * @param value a value that {@link DefaultValue#of} accepts
     * @return the literal
     */
    public final String literal(Object value) {
        return Literals.render(value, this::stringLiteral);
    }

    /**
     * A value converted for the driver's {@code setObject}, where the database needs it: an
     * instant with its offset.
     *
     * @param value the value
     * @return the value to bind
     */
    public Object bindable(Object value) {
        if (value instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toOffsetDateTime();
        }
        return value;
    }
}
