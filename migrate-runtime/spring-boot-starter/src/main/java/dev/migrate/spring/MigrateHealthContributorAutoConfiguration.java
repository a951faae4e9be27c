package dev.migrate.spring;

import dev.migrate.Migrator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.health.autoconfigure.contributor.ConditionalOnEnabledHealthIndicator;
import org.springframework.context.annotation.Bean;

/**
 * The {@code migrate} health indicator, when the application has Spring Boot's health support and
 * one {@link Migrator} (or a primary one); {@code management.health.migrate.enabled=false} turns it off.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnEnabledHealthIndicator.class)
@ConditionalOnSingleCandidate(Migrator.class)
@ConditionalOnEnabledHealthIndicator("migrate")
public final class MigrateHealthContributorAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(name = "migrateHealthIndicator")
    MigrateHealthIndicator migrateHealthIndicator(Migrator migrator) {
        return new MigrateHealthIndicator(migrator);
    }
}
