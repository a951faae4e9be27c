package dev.migrate.spring;

import dev.migrate.Migrator;
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

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        Check check = Check.run(migrator, null, SpringCommandNames.INSTANCE);
        MigrationState state = MigrationState.read(migrator, check.status());
        dev.migrate.Status status = check.status();
        // A run in progress may hold the lock before it writes its first history row, or between steps.
        boolean locked = state.running() || migrator.lockHeld();
        if (!status.failed().isEmpty() || !status.checksumMismatches().isEmpty()) {
            builder.down();
        } else if (!check.passed() || locked) {
            builder.outOfService();
        } else {
            builder.up();
        }
        builder.withDetail("heads", state.heads()).withDetail("current", status.current());
        if (locked) {
            builder.withDetail("locked", "a migration run holds the lock: wait for it to finish");
        }
        if (!status.ahead().isEmpty()) {
            builder.withDetail("ahead", status.ahead()).withDetail("note", check.note());
        }
        if (!check.passed()) {
            builder.withDetail("problems", check.problems());
        }
        Map<String, String> revisions = new LinkedHashMap<>();
        state.revisions().forEach(revision -> revisions.put(revision.id(), revision.state()));
        builder.withDetail("revisions", revisions);
    }
}
