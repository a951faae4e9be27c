package dev.migrate.spring;

import dev.migrate.Migrator;
import java.util.Objects;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * The {@code migrate} health: UP at every head (or ahead of them); OUT_OF_SERVICE while revisions
 * are pending or a run holds the lock, which a readiness group can wait for; DOWN with a failed or
 * interrupted revision, or an applied revision whose source changed. The details list the
 * revisions with their states, and what to do. For Spring Boot 4; {@link Boot3HealthIndicator}
 * gives the same health to Spring Boot 3.5.
 */
public class MigrateHealthIndicator extends AbstractHealthIndicator {

    private final Migrator migrator;

    /**
     * An indicator of one migrator's database.
     *
     * @param migrator the migrator
     */
    public MigrateHealthIndicator(Migrator migrator) {
        super(MigrateHealth.FAILED);
        this.migrator = Objects.requireNonNull(migrator, "migrator");
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        MigrateHealth health = MigrateHealth.read(migrator);
        builder.status(health.status()).withDetails(health.details());
    }
}
