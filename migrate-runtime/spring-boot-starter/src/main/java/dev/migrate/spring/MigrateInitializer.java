package dev.migrate.spring;

import dev.migrate.Migrator;
import java.util.Objects;
import org.springframework.beans.factory.InitializingBean;

/**
 * Runs the start-up migration when the context creates it: the {@link MigrateStrategy}, or an
 * upgrade to the target. Spring Boot's database initialization makes JPA, {@code JdbcTemplate} and
 * the other database users wait for this bean, so they meet the migrated schema.
 */
public class MigrateInitializer implements InitializingBean {

    private final Migrator migrator;
    private final MigrateStrategy strategy;

    /**
     * An initializer that runs the strategy.
     *
     * @param migrator the migrator
     * @param strategy what to do with it
     */
    public MigrateInitializer(Migrator migrator, MigrateStrategy strategy) {
        this.migrator = Objects.requireNonNull(migrator, "migrator");
        this.strategy = Objects.requireNonNull(strategy, "strategy");
    }

    /**
     * An initializer that upgrades to a target.
     *
     * @param migrator the migrator
     * @param target such as {@code heads}
     * @return the initializer
     */
    public static MigrateInitializer upgrading(Migrator migrator, String target) {
        return new MigrateInitializer(migrator, m -> m.upgrade(target));
    }

    /** Runs the migration; a {@link dev.migrate.MigrationException} stops the start with the engine's message. */
    @Override
    public void afterPropertiesSet() {
        strategy.migrate(migrator);
    }
}
