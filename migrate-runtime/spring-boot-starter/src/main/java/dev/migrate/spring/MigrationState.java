package dev.migrate.spring;

import dev.migrate.Migrator;
import dev.migrate.RevisionRun;
import dev.migrate.Revisions;
import dev.migrate.Status;
import dev.migrate.spi.RevisionAllowance;
import java.util.List;
import java.util.Map;

/**
 * Where one migrator's database stands, read for the endpoint: the status, and every revision of
 * this build with its state and its latest step, newest first.
 */
record MigrationState(List<String> heads, Status status, List<RevisionState> revisions) {

    /** Reads the latest step of each revision; the revisions' order and states come from the graph and the status. */
    static MigrationState read(Migrator migrator, Status status) {
        Map<String, RevisionRun> runs = migrator.runs();
        Revisions graph = migrator.revisions();
        Map<String, List<RevisionAllowance>> allowed = migrator.allowances();
        RevisionStates states = new RevisionStates(status);
        List<RevisionState> revisions = graph.all().stream()
                .map(info -> RevisionState.of(info, states, runs.get(info.id()), graph.checksum(info.id()).orElse(null),
                        allowed.getOrDefault(info.id(), List.of())))
                .toList();
        return new MigrationState(migrator.heads(), status, revisions);
    }
}
