package dev.migrate.report;

import java.util.Objects;

/**
 * One report in both of its forms, as {@link Reports} renders it.
 *
 * @param text the report for people, possibly of several lines ({@code \n}), without a line
 *     break at the end
 * @param json the report as one line of JSON, an object with {@code "schemaVersion": 1}
 */
public record Report(String text, String json) {

    /** Checks that both forms are there. */
    public Report {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(json, "json");
    }

    /**
     * The report in the form asked for.
     *
     * @param format text or JSON
     * @return {@link #text()} or {@link #json()}
     */
    public String render(ReportFormat format) {
        return format == ReportFormat.JSON ? json : text;
    }
}
