package dev.migrate.spring;

import dev.migrate.Migrator;
import java.util.Set;
import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Names {@link Migrator} beans as database initializers, so that a Migrator an application defines
 * itself (and migrates with) still comes before the database's users.
 */
final class MigratorDatabaseInitializerDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(Migrator.class);
    }
}
