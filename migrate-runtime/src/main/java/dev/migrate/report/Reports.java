package dev.migrate.report;

import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import dev.migrate.RevisionInfo;
import dev.migrate.Revisions;
import dev.migrate.Status;
import dev.migrate.internal.Json;
import dev.migrate.lint.LintReport;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/**
 * The read-only reports every front end prints: {@code current}, {@code heads}, {@code branches},
 * {@code show}, {@code history}, {@code status} and {@code lint}, each as text for people and as JSON for
 * pipelines (see {@link Report}). The text is what the Maven goals print, line for line; the
 * JSON shapes are documented in the README and carry {@code "schemaVersion": 1}.
 *
 * <pre>{@code
 * try (Migrator migrator = Migrator.builder().url(url, user, password).build()) {
 *     System.out.println(Reports.history(migrator, null, false, true).text());
 *     String json = Reports.status(migrator.status()).json();
 * }
 * }</pre>
 */
public final class Reports {

    /** The version of the JSON shapes; raised only when a shape changes incompatibly. */
    public static final int SCHEMA_VERSION = 1;

    private Reports() {}

    /**
     * The database's current revisions: the ids in its version table.
     *
     * @param current the ids, as {@link Migrator#current()} gives them
     * @return {@code migrate: current a1, b2}; JSON {@code {"schemaVersion":1,"current":[...]}}
     */
    public static Report current(List<String> current) {
        Map<String, Object> json = object();
        json.put("current", current);
        return new Report("migrate: current " + (current.isEmpty() ? "none (no revision applied)" : String.join(", ", current)),
                Json.write(json));
    }

    /**
     * The heads of the revision graph: the revisions nothing revises.
     *
     * @param revisions the graph
     * @param verbose whether the text adds a line with each head's class
     * @return the report; JSON {@code {"schemaVersion":1,"heads":[...]}}
     */
    public static Report heads(Revisions revisions, boolean verbose) {
        StringJoiner out = new StringJoiner("\n");
        out.add("migrate: heads " + (revisions.heads().isEmpty() ? "none" : String.join(", ", revisions.heads())));
        if (verbose) {
            for (String head : revisions.heads()) {
                out.add(RevisionLines.withClass(revisions.get(head)));
            }
        }
        Map<String, Object> json = object();
        json.put("heads", revisions.heads());
        return new Report(out.toString(), Json.write(json));
    }

    /**
     * The branch points, as {@code alembic branches} lists them: each revision that several
     * revisions revise, newest first, with the revisions it branches into.
     *
     * @param revisions the graph
     * @param verbose whether each line ends with the revision's class
     * @return the report; JSON {@code {"schemaVersion":1,"branchPoints":[revision...]}}
     */
    public static Report branches(Revisions revisions, boolean verbose) {
        List<RevisionInfo> points = revisions.branchPoints();
        StringJoiner out = new StringJoiner("\n");
        out.add(points.isEmpty() ? "migrate: branches none (no revision is revised by more than one)"
                : "migrate: branches (newest first)");
        for (RevisionInfo point : points) {
            out.add(RevisionLines.line(point, verbose));
            String indent = " ".repeat(point.id().length());
            for (String id : point.revisedBy()) {
                out.add(indent + " -> " + RevisionLines.line(revisions.get(id), verbose));
            }
        }
        Map<String, Object> json = object();
        json.put("branchPoints", RevisionLines.json(points));
        return new Report(out.toString(), Json.write(json));
    }

    /**
     * One revision in full, as {@code alembic show} prints it; {@code heads} shows every head.
     *
     * @param revisions the graph
     * @param target a revision id or unique prefix, a branch label, {@code head}, {@code
     *     label@head} or {@code heads}
     * @return the report; JSON {@code {"schemaVersion":1,"revisions":[revision...]}}
     * @throws MigrationException when the target is blank, unknown or ambiguous, or stands for no
     *     revision ({@code base})
     */
    public static Report show(Revisions revisions, String target) {
        if (target == null || target.isBlank()) {
            throw new MigrationException("show needs a revision, such as head or a revision id");
        }
        String trimmed = target.trim();
        List<RevisionInfo> shown = revisions.resolve(trimmed);
        if (shown.isEmpty()) {
            // Only base and its forms stand for nothing; get says so in the runtime's words.
            shown = List.of(revisions.get(trimmed));
        }
        StringJoiner out = new StringJoiner("\n\n");
        for (RevisionInfo r : shown) {
            out.add(RevisionLines.entry(r));
        }
        Map<String, Object> json = object();
        json.put("revisions", RevisionLines.json(shown));
        return new Report("migrate: show " + trimmed + "\n" + out, Json.write(json));
    }

    /**
     * The revisions, newest first, each marked {@code [x]} applied, {@code [ ]} pending, {@code
     * [!]} failed, {@code [~]} running or {@code [?]} unapplied ancestor (below the current
     * revisions, never applied or stamped: see {@link Status#unappliedAncestors()}), with when, by
     * whom and how long its latest step ran, and the lint findings it accepts with {@link
     * dev.migrate.Allow} (rule and reason, from the index). Reads the database three times: its
     * revisions, its history rows, then its status.
     *
     * @param migrator the migrator
     * @param range a range as {@link Migrator#history(String)} takes it, or {@code null} for every
     *     revision
     * @param verbose whether each line ends with the revision's class and dependencies
     * @param graph whether to draw the revision graph beside the lines, as {@code git log --graph}
     * @return the report; JSON {@code {"schemaVersion":1,"range":...,"revisions":[...]}}, each
     *     revision with {@code "allowed":[{"rule":...,"reason":...}]}
     * @throws MigrationException for a bad range, or when the database cannot be read
     */
    public static Report history(Migrator migrator, String range, boolean verbose, boolean graph) {
        String ranged = range == null || range.isBlank() ? null : range.trim();
        List<RevisionInfo> revisions = ranged == null ? migrator.history() : migrator.history(ranged);
        return new HistoryReport(revisions, migrator.runs(), ranged,
                Set.copyOf(migrator.status().unappliedAncestors()), migrator.allowances()).render(verbose, graph);
    }

    /**
     * Where the database stands against the revisions: the report of {@code check} without a
     * target.
     *
     * @param status the status, as {@link Migrator#status()} gives it
     * @return the report; JSON {@code {"schemaVersion":1,"upToDate":...,"current":[...],...}}
     */
    public static Report status(Status status) {
        return new Report(StatusLines.text(status, null), () -> Json.write(StatusLines.json(status)));
    }

    /**
     * A lint's findings, as {@code migrate:lint} and the command line's {@code lint} print them:
     * one line per finding with its advice (or its {@code @Allow} reason), then a summary line.
     *
     * @param report the lint, as {@link dev.migrate.lint.Linter} gives it
     * @return the report; JSON {@code {"schemaVersion":1,"fails":...,"revisions":[...],"errors":...,
     *     "other":...,"allowed":...,"findings":[{"revision":...,"className":...,"line":...,"rule":...,
     *     "severity":...,"level":...,"fails":...,"operation":...,"message":...,"advice":...,
     *     "allowedReason":...}]}}
     */
    public static Report lint(LintReport report) {
        return new Report(report.text().stripTrailing(), () -> Json.write(LintFindings.json(report)));
    }

    /** A new top-level JSON object, its version first. */
    static Map<String, Object> object() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schemaVersion", SCHEMA_VERSION);
        return json;
    }
}
