package dev.migrate.spring;

import dev.migrate.LiveStatus;
import dev.migrate.Migrator;
import dev.migrate.RevisionInfo;
import dev.migrate.report.Check;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code migrate} health: UP at every head (or ahead of them); OUT_OF_SERVICE while revisions
 * are pending or a run holds the lock, which a readiness group can wait for; DOWN with a failed or
 * interrupted revision, or an applied revision whose source changed. The details list the
 * revisions with their states, and what to do.
 */
public class MigrateHealthIndicator extends AbstractHealthIndicator {

    private final Migrator migrator;

    /**
     * An indicator of one migrator's database.
     *
     * @param migrator the migrator
     */
    public MigrateHealthIndicator(Migrator migrator) {
        super("migrate: the database's status could not be read");
        this.migrator = Objects.requireNonNull(migrator, "migrator");
    }

    /**
     * Reads the live status once ({@link Migrator#liveStatus()}: the version rows, the failed and
     * running rows, the applied checksums, and the lock), not each revision's latest step; the
     * revisions' order comes from the graph in memory.
     */
    @Override
    protected void doHealthCheck(Health.Builder builder) {
        LiveStatus live = migrator.liveStatus();
        dev.migrate.Status status = live.status();
        Check check = Check.of(migrator, status, SpringCommandNames.INSTANCE);
        if (!status.failed().isEmpty() || !status.checksumMismatches().isEmpty()) {
            builder.down();
        } else if (!check.passed() || live.locked()) {
            builder.outOfService();
        } else {
            builder.up();
        }
        builder.withDetail("heads", migrator.heads()).withDetail("current", status.current());
        if (live.locked()) {
            builder.withDetail("locked", "a migration run holds the lock: wait for it to finish");
        }
        if (!status.ahead().isEmpty()) {
            builder.withDetail("ahead", status.ahead()).withDetail("note", check.note());
        }
        if (!check.passed()) {
            builder.withDetail("problems", check.problems());
        }
        RevisionStates states = new RevisionStates(status);
        Map<String, String> revisions = new LinkedHashMap<>();
        for (RevisionInfo revision : migrator.revisions().all()) {
            revisions.put(revision.id(), states.of(revision.id(), live.running().contains(revision.id())));
        }
        builder.withDetail("revisions", revisions);
    }
}
