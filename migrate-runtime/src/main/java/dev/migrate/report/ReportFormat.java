package dev.migrate.report;

import dev.migrate.MigrationException;
import java.util.Locale;

/** The two forms of a report: text for people, one line of JSON for scripts and pipelines. */
public enum ReportFormat {
    /** Lines for people, as the Maven goals print them. */
    TEXT,
    /** One JSON object with {@code "schemaVersion": 1}, in the shapes the README documents. */
    JSON;

    /**
     * The format a front end's option names.
     *
     * @param name {@code text} or {@code json}, any case; {@code null} or blank means text
     * @return the format
     * @throws MigrationException for another name, saying which ones exist
     */
    public static ReportFormat of(String name) {
        if (name == null || name.isBlank()) {
            return TEXT;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "text" -> TEXT;
            case "json" -> JSON;
            default -> throw new MigrationException("unknown format \"" + name + "\"; use text or json");
        };
    }
}
