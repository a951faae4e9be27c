package dev.migrate.spring;

import dev.migrate.Migrator;

/**
 * What the application does with its {@link Migrator} at start-up; by default {@code
 * upgrade(migrate.target)}. A bean of this type replaces it: check only and refuse to start, log
 * the status, or do nothing and leave migrations to a pipeline.
 *
 * <pre>{@code
 * @Bean
 * MigrateStrategy checkOnly() {
 *     return migrator -> {
 *         Check check = Check.run(migrator, null, CommandNames.API);
 *         if (!check.passed()) {
 *             throw new IllegalStateException(check.failure());
 *         }
 *     };
 * }
 * }</pre>
 */
@FunctionalInterface
public interface MigrateStrategy {

    /**
     * Runs at start-up, before JPA, {@code JdbcTemplate} and the other database users are created.
     *
     * @param migrator the application's migrator
     */
    void migrate(Migrator migrator);
}
