package dev.migrate.report;

import dev.migrate.AcceptedChecksum;
import dev.migrate.Direction;
import dev.migrate.RevisionInfo;
import dev.migrate.RevisionRun;
import dev.migrate.internal.Json;
import java.time.temporal.ChronoUnit;
import dev.migrate.spi.RevisionAllowance;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;

/** The {@code history} report: revisions newest first, marked, with their latest run. */
final class HistoryReport {

    private final List<RevisionInfo> revisions;
    private final Map<String, RevisionRun> runs;
    private final String range;
    /** Revisions below the current ones that never ran: marked apart from those waiting above. */
    private final Set<String> unapplied;
    /** Each revision's {@code @Allow}s, from the index: the database records none. */
    private final Map<String, List<RevisionAllowance>> allowed;

    HistoryReport(List<RevisionInfo> revisions, Map<String, RevisionRun> runs, String range, Set<String> unapplied,
            Map<String, List<RevisionAllowance>> allowed) {
        this.revisions = revisions;
        this.runs = runs;
        this.range = range;
        this.unapplied = unapplied;
        this.allowed = allowed;
    }

    Report render(boolean verbose, boolean graph) {
        StringJoiner out = new StringJoiner("\n");
        // The mark of what never ran below the current revisions is explained where it appears.
        boolean anyUnapplied = revisions.stream().anyMatch(r -> state(r) == State.UNAPPLIED);
        out.add("migrate: history" + (range == null ? "" : " " + range)
                + " (newest first, [x] = applied, [!] = failed, [~] = running"
                + (anyUnapplied ? ", [?] = unapplied ancestor: below the current revisions, never applied or stamped"
                        : "") + ")");
        List<String> lines = new ArrayList<>(revisions.size());
        for (RevisionInfo r : revisions) {
            lines.add(line(r, verbose));
        }
        if (graph) {
            new HistoryGraph(revisions).draw(lines).forEach(out::add);
        } else {
            lines.forEach(out::add);
        }
        if (revisions.isEmpty()) {
            out.add(range == null ? "(no revisions)" : "(no revisions in this range)");
        }
        return new Report(out.toString(), Json.write(json()));
    }

    private String line(RevisionInfo r, boolean verbose) {
        String parents = r.revises().isEmpty() ? "<base>" : String.join(", ", r.revises());
        StringBuilder line = new StringBuilder(state(r).mark).append(' ').append(parents).append(" -> ").append(r.id());
        if (r.head()) {
            line.append(" (head)");
        }
        if (!r.branchLabels().isEmpty()) {
            line.append(" (").append(String.join(", ", r.branchLabels())).append(')');
        }
        if (!r.message().isEmpty()) {
            line.append(", ").append(r.message());
        }
        if (verbose) {
            line.append("  [").append(r.className()).append(']');
            if (!r.dependsOn().isEmpty()) {
                line.append(" depends on ").append(String.join(", ", r.dependsOn()));
            }
        }
        RevisionRun run = runs.get(r.id());
        if (run != null) {
            line.append("  (").append(ran(run)).append(accepted(run)).append(')');
        }
        List<RevisionAllowance> allows = allowed.getOrDefault(r.id(), List.of());
        for (int i = 0; i < allows.size(); i++) {
            line.append(i == 0 ? "  (allowed " : "; ").append(allows.get(i).rule()).append(": ")
                    .append(allows.get(i).reason());
        }
        return line.append(allows.isEmpty() ? "" : ")").toString();
    }

    /** How a revision stands: its mark in the text, its {@code state} in the JSON. */
    private enum State {
        APPLIED("[x]"), PENDING("[ ]"), FAILED("[!]"), RUNNING("[~]"), UNAPPLIED("[?]");

        final String mark;

        State(String mark) {
            this.mark = mark;
        }
    }

    /**
     * Running or failed by its latest step (which may have been a downgrade), else never run below
     * the current revisions, applied or pending.
     */
    private State state(RevisionInfo r) {
        RevisionRun run = runs.get(r.id());
        if (run != null && run.outcome() == RevisionRun.Outcome.RUNNING) {
            return State.RUNNING;
        }
        if (run != null && run.outcome() == RevisionRun.Outcome.FAILED) {
            return State.FAILED;
        }
        if (unapplied.contains(r.id())) {
            return State.UNAPPLIED;
        }
        return r.applied() ? State.APPLIED : State.PENDING;
    }

    /** Such as {@code applied 2026-12-03T11:50:01Z by app in 12 ms}. */
    private static String ran(RevisionRun run) {
        String when = run.startedAt().truncatedTo(ChronoUnit.SECONDS) + (run.installedBy() == null ? ""
                : " by " + run.installedBy());
        String verb = run.direction() == Direction.DOWNGRADE ? "downgrade" : "upgrade";
        return switch (run.outcome()) {
            case APPLIED -> (run.direction() == Direction.DOWNGRADE ? "downgraded " : "applied ") + when
                    + " in " + run.duration().toMillis() + " ms";
            case FAILED -> verb + " failed " + when + " after " + run.duration().toMillis() + " ms";
            case RUNNING -> verb + " running since " + when;
            case ROLLED_BACK -> "failure resolved by hand " + when;
        };
    }

    /** Such as {@code ; checksum accepted 2026-12-03T12:00:00Z by app: comment typo}, after the run it follows. */
    private static String accepted(RevisionRun run) {
        AcceptedChecksum accepted = run.acceptedChecksum();
        if (accepted == null) {
            return "";
        }
        return "; checksum accepted " + accepted.acceptedAt().truncatedTo(ChronoUnit.SECONDS)
                + (accepted.acceptedBy() == null ? "" : " by " + accepted.acceptedBy()) + ": " + accepted.reason();
    }

    private Map<String, Object> json() {
        List<Map<String, Object>> entries = new ArrayList<>(revisions.size());
        for (RevisionInfo r : revisions) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", r.id());
            entry.put("revises", r.revises());
            entry.put("dependsOn", r.dependsOn());
            entry.put("branchLabels", r.branchLabels());
            entry.put("message", r.message());
            entry.put("className", r.className());
            entry.put("head", r.head());
            entry.put("applied", r.applied());
            entry.put("state", state(r).name().toLowerCase(Locale.ROOT));
            RevisionRun run = runs.get(r.id());
            entry.put("lastRun", run == null ? null : run(run));
            List<Map<String, Object>> allows = new ArrayList<>();
            for (RevisionAllowance allowance : allowed.getOrDefault(r.id(), List.of())) {
                Map<String, Object> allow = new LinkedHashMap<>();
                allow.put("rule", allowance.rule());
                allow.put("reason", allowance.reason());
                allows.add(allow);
            }
            entry.put("allowed", allows);
            entries.add(entry);
        }
        Map<String, Object> json = Reports.object();
        json.put("range", range);
        json.put("revisions", entries);
        return json;
    }

    private static Map<String, Object> run(RevisionRun run) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("direction", run.direction() == Direction.DOWNGRADE ? "downgrade" : "upgrade");
        json.put("outcome", run.outcome().name().toLowerCase(Locale.ROOT));
        json.put("startedAt", run.startedAt().toString());
        json.put("durationMs", run.duration().toMillis());
        json.put("installedBy", run.installedBy());
        AcceptedChecksum accepted = run.acceptedChecksum();
        Map<String, Object> acceptance = null;
        if (accepted != null) {
            acceptance = new LinkedHashMap<>();
            acceptance.put("checksum", accepted.checksum());
            acceptance.put("reason", accepted.reason());
            acceptance.put("acceptedAt", accepted.acceptedAt().toString());
            acceptance.put("acceptedBy", accepted.acceptedBy());
        }
        json.put("checksumAccepted", acceptance);
        return json;
    }
}
