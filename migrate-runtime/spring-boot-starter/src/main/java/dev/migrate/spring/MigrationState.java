package dev.migrate.spring;

import dev.migrate.Migrator;
import dev.migrate.RevisionRun;
import dev.migrate.Revisions;
import dev.migrate.Status;
import dev.migrate.spi.RevisionAllowance;
import java.util.List;
import java.util.Map;

/**
 * Where one migrator's database stands, read for the health indicator and the endpoint: the
 * status, and every revision of this build with its state, newest first.
 */
record MigrationState(List<String> heads, Status status, List<RevisionState> revisions) {

    static MigrationState read(Migrator migrator, Status status) {
        Map<String, RevisionRun> runs = migrator.runs();
        Revisions graph = migrator.revisions();
        Map<String, List<RevisionAllowance>> allowed = migrator.allowances();
        List<RevisionState> revisions = migrator.history().stream()
                .map(info -> RevisionState.of(info, status, runs.get(info.id()), graph.checksum(info.id()).orElse(null),
                        allowed.getOrDefault(info.id(), List.of())))
                .toList();
        return new MigrationState(migrator.heads(), status, revisions);
    }

    boolean running() {
        return revisions.stream().anyMatch(revision -> revision.state().equals("running"));
    }
}
