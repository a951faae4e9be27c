package dev.migrate.internal.db.mysql;

import dev.migrate.internal.sql.ValueRenderer;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/** MySQL's and MariaDB's values: backslash escapes in strings, date-times in UTC as text. */
final class MySqlValues extends ValueRenderer {

    @Override
    protected String stringLiteral(String value) {
        // Backslash is an escape character in MySQL strings unless NO_BACKSLASH_ESCAPES is set.
        return "'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    @Override
    public Object bindable(Object value) {
        // DATETIME has no zone: store instants in UTC, whatever the session's or the JVM's zone.
        if (value instanceof Instant instant) {
            return text(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
        if (value instanceof OffsetDateTime at) {
            return text(at.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        if (value instanceof ZonedDateTime at) {
            return text(at.withZoneSameInstant(ZoneOffset.UTC).toLocalDateTime());
        }
        if (value instanceof LocalDateTime at) {
            return text(at);
        }
        if (value instanceof LocalTime time) {
            return time.format(DateTimeFormatter.ISO_LOCAL_TIME);
        }
        if (value instanceof UUID uuid) {
            return uuid.toString();
        }
        return value;
    }

    /**
     * Date-times go as text: Connector/J takes MariaDB for a server older than MySQL 5.6.4 (from
     * its version string 5.5.5-10.x) and drops the fraction of a bound LocalDateTime.
     */
    private static String text(LocalDateTime at) {
        return at.toLocalDate() + " " + at.toLocalTime().format(DateTimeFormatter.ISO_LOCAL_TIME);
    }
}
