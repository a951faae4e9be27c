package dev.migrate.spring;

import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Names the {@link MigrateInitializer} as a database initializer: JPA, {@code JdbcTemplate} and the
 * other beans that use the database are created after it, and so after the start-up migration.
 */
final class MigrateInitializerDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    /** After the detector of Migrator beans, as Flyway orders its two. */
    @Override
    public int getOrder() {
        return 1;
    }

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(MigrateInitializer.class);
    }
}
