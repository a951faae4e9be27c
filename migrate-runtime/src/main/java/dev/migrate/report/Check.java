package dev.migrate.report;

import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import dev.migrate.RevisionInfo;
import dev.migrate.Status;
import dev.migrate.internal.Json;
import dev.migrate.internal.engine.RelativeTarget;
import dev.migrate.internal.engine.UnappliedAncestors;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The release gate: whether the database is where a deployment needs it, read once. It passes
 * when the database is at every head (or at the target, when one is given), with no failed
 * revision, no applied revision whose source changed, and no {@linkplain
 * Status#unappliedAncestors() unapplied ancestor} (a revision below the current ones that never ran). It fails when the build has no revisions
 * at all: an annotation processor missing from the build must not look green. A database ahead of
 * the build (a newer build applied revisions this one does not have on top of its heads, as during
 * a rolling deploy or after an application rollback) passes, with a {@linkplain #note() note}
 * saying so, unless {@code failOnAhead} asks to fail.
 *
 * @param status the status it judged, read once
 * @param target the target the database must be at, or {@code null} for every head
 * @param targetRevisions the revisions the target stands for; empty without a target
 * @param problems what is wrong, each with what to do; empty when the check passes
 */
public record Check(Status status, String target, List<String> targetRevisions, List<String> problems) {

    /** Copies the lists, so the value cannot change. */
    public Check {
        targetRevisions = List.copyOf(targetRevisions);
        problems = List.copyOf(problems);
    }

    /**
     * Reads the database's status once and judges it.
     *
     * @param migrator the migrator
     * @param target the revisions the database must be at, such as a revision id, a branch label,
     *     {@code label@head} or {@code heads}; {@code null} or blank means every head
     * @param commands how the front end names the commands its advice gives
     * @return the verdict
     * @throws MigrationException when the target is relative ({@link #relative}), unknown or
     *     ambiguous, or the database cannot be read
     */
    public static Check run(Migrator migrator, String target, CommandNames commands) {
        return run(migrator, target, commands, false);
    }

    /**
     * Reads the database's status once and judges it, failing on a database ahead of this build
     * when {@code failOnAhead} is set.
     *
     * @param migrator the migrator
     * @param target the revisions the database must be at; {@code null} or blank means every head
     * @param commands how the front end names the commands and options its advice gives
     * @param failOnAhead whether a database ahead of this build fails the check
     * @return the verdict
     * @throws MigrationException when the target is relative, unknown or ambiguous, or the
     *     database cannot be read
     */
    public static Check run(Migrator migrator, String target, CommandNames commands, boolean failOnAhead) {
        String trimmed = target == null || target.isBlank() ? null : target.trim();
        if (trimmed != null && relative(trimmed)) {
            throw new MigrationException("check needs an absolute target, such as a revision id, a branch label or"
                    + " label@head; " + trimmed + " is a step from the current revisions");
        }
        List<String> wanted = trimmed == null ? List.of()
                : migrator.revisions().resolve(trimmed).stream().map(RevisionInfo::id).sorted().toList();
        return judge(migrator, migrator.status(), trimmed, wanted, commands, failOnAhead);
    }

    /**
     * Judges a status already read, such as the one of {@link Migrator#liveStatus()}, against every
     * head, as {@link #run(Migrator, String, CommandNames)} judges the status it reads.
     *
     * @param migrator the migrator that read the status
     * @param status its status
     * @param commands how the front end names the commands its advice gives
     * @return the verdict
     */
    public static Check of(Migrator migrator, Status status, CommandNames commands) {
        return judge(migrator, status, null, List.of(), commands, false);
    }

    private static Check judge(Migrator migrator, Status status, String trimmed, List<String> wanted,
            CommandNames commands, boolean failOnAhead) {
        List<String> problems = new ArrayList<>();
        if (migrator.heads().isEmpty()) {
            problems.add("no revisions found: the build has none, so nothing shows the database is ready; add"
                    + " dev.migrate:migrate-processor to the compiler's annotation processor path and compile");
        } else if (trimmed != null) {
            if (!new Check(status, trimmed, wanted, List.of()).atTarget()) {
                problems.add("the database is at " + StatusLines.listed(status.current()) + ", not at " + trimmed
                        + " (" + StatusLines.listed(wanted) + "): run " + commands.upgrade(trimmed));
            }
        } else if (!status.pending().isEmpty()) {
            problems.add(status.pending().size() + " pending revision(s) (" + String.join(", ", status.pending())
                    + "): run " + commands.upgrade("heads"));
        }
        if (!status.failed().isEmpty()) {
            problems.add("failed revision(s) " + String.join(", ", status.failed())
                    + ": repair the database by hand, then mark each failure resolved ("
                    + commands.resolve(status.failed().get(0)) + "), as the upgrade's message explains");
        }
        for (String id : status.unappliedAncestors()) {
            problems.add(UnappliedAncestors.problem(id, status.renamedFrom().get(id),
                    migrator.revisions().get(id).revises(), migrator.heads(), "run " + commands.stamp(false, id)));
        }
        if (!status.checksumMismatches().isEmpty()) {
            problems.add("applied revision(s) whose source changed " + String.join(", ", status.checksumMismatches())
                    + ": restore their source, or move the change into a new revision; if the change does not alter"
                    + " what a revision does, accept its new checksum with a reason ("
                    + commands.acceptChecksum(status.checksumMismatches().get(0)) + ")");
        }
        if (failOnAhead && !status.ahead().isEmpty()) {
            problems.add(ahead(status) + ", and " + commands.failOnAhead() + " is set: deploy the newer build, or"
                    + " leave " + commands.failOnAhead() + " off to let older builds pass");
        }
        return new Check(status, trimmed, wanted, problems);
    }

    /**
     * Whether a target is a step relative to the current revisions ({@code +1}, {@code -2}, {@code
     * label@+1}, {@code ae1027+2}), which says nothing about where a database must be. A front end
     * whose options are shared by several commands, such as {@code mvn migrate:upgrade
     * -Dmigrate.target=+1 migrate:check}, may leave such a target out of the check.
     *
     * @param target a target
     * @return whether it is relative
     */
    public static boolean relative(String target) {
        // The engine's own reading of a target, so that the check leaves out exactly what the engine walks.
        return RelativeTarget.isRelative(target);
    }

    /**
     * Whether the database is ready.
     *
     * @return whether there is no problem
     */
    public boolean passed() {
        return problems.isEmpty();
    }

    /**
     * What a passing check should still say: that the database is ahead of this build, and an
     * upgrade with this build changes nothing.
     *
     * @return the sentence, or {@code null} when there is nothing to add
     */
    public String note() {
        if (!passed() || status.ahead().isEmpty()) {
            return null;
        }
        return "check passes: " + ahead(status) + "; an upgrade with this build changes nothing";
    }

    private static String ahead(Status status) {
        return "the database is ahead of this build: a newer build applied revisions this build does not have ("
                + String.join(", ", status.ahead()) + ") on top of its heads";
    }

    /** Whether the database's current revisions are the target's; true without a target. */
    private boolean atTarget() {
        return target == null || targetRevisions.equals(status.current().stream().sorted().toList());
    }

    /**
     * Why the check failed, as one sentence for a build failure.
     *
     * @return such as {@code the database is not up to date: 1 pending revision(s) (b2): run ...}
     */
    public String failure() {
        return (target == null ? "the database is not up to date: " : "the database is not at " + target + ": ")
                + String.join("; ", problems);
    }

    /**
     * The check as a report: the status's lines, with the target when one was given.
     *
     * @return the report; JSON the status's fields then {@code target}, {@code targetRevisions},
     *     {@code passed} and {@code problems}
     */
    public Report report() {
        String targetLine = target == null ? null
                : "target: " + target + " (" + StatusLines.listed(targetRevisions) + ")"
                        + (atTarget() ? " reached" : " NOT reached");
        return new Report(StatusLines.text(status, targetLine), () -> {
            Map<String, Object> json = StatusLines.json(status);
            json.put("target", target);
            json.put("targetRevisions", targetRevisions);
            json.put("passed", passed());
            json.put("problems", problems);
            return Json.write(json);
        });
    }
}
