package dev.migrate.spring;

import dev.migrate.Migrator;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.AnyNestedCondition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportRuntimeHints;
import org.springframework.core.io.ResourceLoader;
import org.springframework.util.ClassUtils;

/**
 * Runs migrations at start-up, as Spring Boot's Flyway auto-configuration does: after the
 * DataSource's, when the runtime is on the class path and there is a DataSource bean or {@code
 * migrate.url}; {@code migrate.enabled=false} turns it off. The {@link Migrator}, the {@link
 * MigrateStrategy} and the {@link MigrateInitializer} are each replaced by a bean of the
 * application's; {@link MigratorBuilderCustomizer} beans adjust the builder.
 */
// By name: Spring Boot 4 moved the DataSource's auto-configuration, and Boot 3.5 has the old one.
@AutoConfiguration(afterName = {"org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration"})
@ConditionalOnClass(Migrator.class)
@Conditional(MigrateAutoConfiguration.DatabaseCondition.class)
@ConditionalOnBooleanProperty(name = "migrate.enabled", matchIfMissing = true)
@EnableConfigurationProperties(MigrateProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
@ImportRuntimeHints(MigrateRuntimeHints.class)
public final class MigrateAutoConfiguration {

    @Bean
    MigrateDatabase migrateDatabase(MigrateProperties properties, ObjectProvider<DataSource> dataSource,
            @MigrateDataSource ObjectProvider<DataSource> migrateDataSource) {
        return MigrateDatabase.choose(MigrateSettings.config(properties), migrateDataSource.getIfAvailable(),
                dataSource.getIfUnique());
    }

    @Bean
    MigrateSchemaManagementProvider migrateSchemaManagementProvider(ObjectProvider<MigrateDatabase> database) {
        return new MigrateSchemaManagementProvider(database);
    }

    @Bean
    @ConditionalOnMissingBean
    Migrator migrator(MigrateDatabase database, ResourceLoader resourceLoader,
            ObjectProvider<MigratorBuilderCustomizer> customizers) {
        ClassLoader classLoader = resourceLoader.getClassLoader();
        // The application's class loader finds the generated index, also inside an executable jar's nested jars.
        Migrator.Builder builder = database.builder()
                .classLoader(classLoader != null ? classLoader : ClassUtils.getDefaultClassLoader())
                .commandNames(SpringCommandNames.INSTANCE);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder.build();
    }

    /** Several Migrator beans of the application's own: it migrates each itself, as nothing can choose one. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnSingleCandidate(Migrator.class)
    MigrateInitializer migrateInitializer(Migrator migrator, MigrateDatabase database,
            ObjectProvider<MigrateStrategy> strategy) {
        MigrateStrategy chosen = strategy.getIfAvailable();
        return chosen != null ? new MigrateInitializer(migrator, chosen)
                : MigrateInitializer.upgrading(migrator, database.target());
    }

    /** A DataSource bean or {@code migrate.url}: something to migrate. */
    static final class DatabaseCondition extends AnyNestedCondition {

        DatabaseCondition() {
            super(ConfigurationPhase.REGISTER_BEAN);
        }

        @ConditionalOnBean(DataSource.class)
        private static final class DataSourceBean {}

        @ConditionalOnProperty("migrate.url")
        private static final class MigrateUrl {}
    }
}
