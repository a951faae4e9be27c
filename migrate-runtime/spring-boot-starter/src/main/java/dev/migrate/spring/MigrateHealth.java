package dev.migrate.spring;

import dev.migrate.LiveStatus;
import dev.migrate.Migrator;
import dev.migrate.RevisionInfo;
import dev.migrate.Status;
import dev.migrate.report.Check;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code migrate} health of one migrator's database, apart from Spring Boot's health types, which
 * moved in Boot 4: {@link MigrateHealthIndicator} gives it to Boot 4, {@link Boot3HealthIndicator} to
 * Boot 3.5.
 *
 * @param status {@code UP}, {@code OUT_OF_SERVICE} or {@code DOWN}
 * @param details the heads, the current rows, the lock, the database ahead, the problems, and each
 *     revision's state, newest first
 */
record MigrateHealth(String status, Map<String, Object> details) {

    /** What a failed read of the status says; Boot's indicators add the exception. */
    static final String FAILED = "migrate: the database's status could not be read";

    /**
     * Reads the live status once ({@link Migrator#liveStatus()}: the version rows, the failed and
     * running rows, the applied checksums, and the lock), not each revision's latest step; the
     * revisions' order comes from the graph in memory.
     */
    static MigrateHealth read(Migrator migrator) {
        LiveStatus live = migrator.liveStatus();
        Status status = live.status();
        Check check = Check.of(migrator, status, SpringCommandNames.INSTANCE);
        String level;
        if (!status.failed().isEmpty() || !status.checksumMismatches().isEmpty()) {
            level = "DOWN";
        } else if (!check.passed() || live.locked()) {
            level = "OUT_OF_SERVICE";
        } else {
            level = "UP";
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("heads", migrator.heads());
        details.put("current", status.current());
        if (live.locked()) {
            details.put("locked", "a migration run holds the lock: wait for it to finish");
        }
        if (!status.ahead().isEmpty()) {
            details.put("ahead", status.ahead());
            details.put("note", check.note());
        }
        if (!check.passed()) {
            details.put("problems", check.problems());
        }
        RevisionStates states = new RevisionStates(status);
        Map<String, String> revisions = new LinkedHashMap<>();
        for (RevisionInfo revision : migrator.revisions().all()) {
            revisions.put(revision.id(), states.of(revision.id(), live.running().contains(revision.id())));
        }
        details.put("revisions", revisions);
        return new MigrateHealth(level, details);
    }
}
