package dev.migrate.internal.sql;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * SQL literals of the values {@link dev.migrate.schema.DefaultValue#of} accepts. Strings go
 * through the dialect's quoting; everything else is rendered from a Java value whose text cannot
 * contain a quote.
 */
final class Literals {

    private Literals() {}

    /** The standard string literal: quotes doubled. Backslashes are plain characters. */
    static String standardString(String value) {
        return "'" + value.replace("'", "''") + "'";
    }

    static String render(Object value, java.util.function.Function<String, String> string) {
        if (value instanceof String s) {
            return string.apply(s);
        }
        if (value instanceof UUID uuid) {
            return string.apply(uuid.toString());
        }
        if (value instanceof Boolean b) {
            return b ? "TRUE" : "FALSE";
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return value.toString();
        }
        if (value instanceof BigDecimal d) {
            return d.toPlainString();
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("no SQL literal for " + value);
            }
            return new BigDecimal(value.toString()).toPlainString();
        }
        if (value instanceof LocalDate date) {
            return "DATE '" + date.format(DateTimeFormatter.ISO_LOCAL_DATE) + "'";
        }
        if (value instanceof LocalTime time) {
            return "TIME '" + time.format(DateTimeFormatter.ISO_LOCAL_TIME) + "'";
        }
        if (value instanceof LocalDateTime at) {
            return "TIMESTAMP '" + at.toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE) + " "
                    + at.toLocalTime().format(DateTimeFormatter.ISO_LOCAL_TIME) + "'";
        }
        throw new IllegalArgumentException("no SQL literal for a " + value.getClass().getName());
    }
}
