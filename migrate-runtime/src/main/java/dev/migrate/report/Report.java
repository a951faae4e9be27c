package dev.migrate.report;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One report in both of its forms, as {@link Reports} renders it: {@link #text()} for people and
 * {@link #json()} for programs. The JSON form is written when it is first asked for, so that a
 * command printing text never loads the JSON library (a deploy hook's {@code status} starts faster).
 */
public final class Report {

    private final String text;
    private Supplier<String> writeJson;
    private String json;

    /**
     * A report of both forms given.
     *
     * @param text the report for people, possibly of several lines ({@code \n}), without a line
     *     break at the end
     * @param json the report as one line of JSON, an object with {@code "schemaVersion": 1}
     */
    public Report(String text, String json) {
        this.text = Objects.requireNonNull(text, "text");
        this.json = Objects.requireNonNull(json, "json");
    }

    /**
     * A report whose JSON form is written on first use.
     *
     * @param text the report for people, as {@link #Report(String, String)} takes it
     * @param json writes the report as one line of JSON; called at most once
     */
    public Report(String text, Supplier<String> json) {
        this.text = Objects.requireNonNull(text, "text");
        this.writeJson = Objects.requireNonNull(json, "json");
    }

    /**
     * The report for people.
     *
     * @return possibly several lines ({@code \n}), without a line break at the end
     */
    public String text() {
        return text;
    }

    /**
     * The report for programs.
     *
     * @return one line of JSON, an object with {@code "schemaVersion": 1}
     */
    public synchronized String json() {
        if (json == null) {
            json = Objects.requireNonNull(writeJson.get(), "json");
            writeJson = null;
        }
        return json;
    }

    /**
     * The report in the form asked for.
     *
     * @param format text or JSON
     * @return {@link #text()} or {@link #json()}
     */
    public String render(ReportFormat format) {
        return format == ReportFormat.JSON ? json() : text;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Report that && text.equals(that.text) && json().equals(that.json());
    }

    @Override
    public int hashCode() {
        return Objects.hash(text, json());
    }

    @Override
    public String toString() {
        return text;
    }
}
