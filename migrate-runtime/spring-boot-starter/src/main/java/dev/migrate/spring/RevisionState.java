package dev.migrate.spring;

import dev.migrate.RevisionInfo;
import dev.migrate.RevisionRun;
import dev.migrate.spi.RevisionAllowance;
import java.time.Instant;
import java.util.List;

/**
 * One revision as {@code /actuator/migrate} shows it: its place in the graph, its state in the
 * database, and its latest step from the history table.
 *
 * @param id the revision's id
 * @param parents the ids it revises
 * @param dependsOn the ids or labels it depends on
 * @param branchLabels its branch labels
 * @param message its message
 * @param state {@code applied}, {@code pending}, {@code failed}, {@code running} or {@code checksum_changed}
 * @param installedOn when its latest step started, or {@code null} when it never ran
 * @param installedBy the database user of its latest step, or {@code null}
 * @param executionTime how long its latest step took in milliseconds, or {@code null}
 * @param checksum the checksum of its source in this build, or {@code null} when the compiler gave none
 * @param allowed the lint findings it accepts with {@link dev.migrate.Allow}, in the order written
 */
public record RevisionState(
        String id,
        List<String> parents,
        List<String> dependsOn,
        List<String> branchLabels,
        String message,
        String state,
        Instant installedOn,
        String installedBy,
        Long executionTime,
        String checksum,
        List<Allowed> allowed) {

    /**
     * One lint finding the revision accepts on purpose.
     *
     * @param rule the rule's id, such as {@code drop-column}
     * @param reason why it is accepted
     */
    public record Allowed(String rule, String reason) {}

    /** Copies the lists, so the value cannot change. */
    public RevisionState {
        parents = List.copyOf(parents);
        dependsOn = List.copyOf(dependsOn);
        branchLabels = List.copyOf(branchLabels);
        allowed = List.copyOf(allowed);
    }

    static RevisionState of(RevisionInfo revision, RevisionStates states, RevisionRun run, String checksum,
            List<RevisionAllowance> allowances) {
        boolean running = run != null && run.outcome() == RevisionRun.Outcome.RUNNING;
        List<Allowed> allowed = allowances.stream().map(a -> new Allowed(a.rule(), a.reason())).toList();
        return new RevisionState(revision.id(), revision.revises(), revision.dependsOn(), revision.branchLabels(),
                revision.message(), states.of(revision.id(), running),
                run == null ? null : run.startedAt(),
                run == null ? null : run.installedBy(),
                run == null ? null : run.duration().toMillis(),
                checksum, allowed);
    }
}
