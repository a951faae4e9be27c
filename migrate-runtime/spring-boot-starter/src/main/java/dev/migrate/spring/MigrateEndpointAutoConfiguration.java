package dev.migrate.spring;

import dev.migrate.Migrator;
import org.springframework.boot.actuate.autoconfigure.endpoint.condition.ConditionalOnAvailableEndpoint;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;

/**
 * The {@code migrate} actuator endpoint, when the application has the actuator, a {@link Migrator}
 * and exposes the endpoint ({@code management.endpoints.web.exposure.include=migrate}); with its
 * write operations only when {@code migrate.endpoint.write-operations=true}.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(ConditionalOnAvailableEndpoint.class)
@ConditionalOnAvailableEndpoint(MigrateEndpoint.class)
@EnableConfigurationProperties(MigrateProperties.class)
public final class MigrateEndpointAutoConfiguration {

    @Bean
    @ConditionalOnBean(Migrator.class)
    @ConditionalOnMissingBean
    MigrateEndpoint migrateEndpoint(ApplicationContext context, MigrateProperties properties) {
        return properties.getEndpoint().isWriteOperations()
                ? new WritableMigrateEndpoint(context, properties.getTarget())
                : new MigrateEndpoint(context);
    }
}
