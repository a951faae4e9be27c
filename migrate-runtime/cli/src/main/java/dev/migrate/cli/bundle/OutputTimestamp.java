package dev.migrate.cli.bundle;

import dev.migrate.MigrationException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;

/**
 * The time written on every entry of a bundle, read as Maven reads {@code
 * project.build.outputTimestamp}, so the same inputs give the same bytes.
 */
public final class OutputTimestamp {

    /**
     * The time used when the project sets none: a constant, so a bundle is reproducible all the same
     * (the date PostgreSQL's driver writes on its entries, valid in a zip's DOS time in every zone).
     */
    public static final Instant FALLBACK = Instant.parse("1980-02-01T00:00:00Z");

    private OutputTimestamp() {}

    /**
     * Reads the property's value: an ISO-8601 date-time with an offset ({@code 2026-01-01T00:00:00Z})
     * or seconds since 1970; an empty or one-character value (Maven's way of saying none) gives
     * {@link #FALLBACK}.
     *
     * @param value the property's value, or {@code null}
     * @return the time, to the second
     * @throws MigrationException when the value is neither
     */
    public static Instant parse(String value) {
        if (value == null || value.trim().length() < 2) {
            return FALLBACK;
        }
        String trimmed = value.trim();
        try {
            if (trimmed.chars().allMatch(Character::isDigit)) {
                return Instant.ofEpochSecond(Long.parseLong(trimmed));
            }
            return OffsetDateTime.parse(trimmed).toInstant().truncatedTo(ChronoUnit.SECONDS);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new MigrationException("project.build.outputTimestamp is \"" + trimmed + "\"; give an ISO-8601"
                    + " date-time such as 2026-01-01T00:00:00Z, or seconds since 1970", e);
        }
    }
}
