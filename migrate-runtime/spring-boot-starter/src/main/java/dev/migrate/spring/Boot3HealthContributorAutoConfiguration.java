package dev.migrate.spring;

import dev.migrate.Migrator;
import java.util.function.Supplier;
import org.springframework.beans.factory.BeanClassLoaderAware;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionOutcome;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.autoconfigure.condition.SpringBootCondition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.env.Environment;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.core.type.AnnotationMetadata;

/**
 * The {@code migrate} health indicator on Spring Boot 3.5 ({@link Boot3HealthIndicator}), when its
 * actuator is on the class path (Boot 4 has {@link MigrateHealthContributorAutoConfiguration}) and
 * there is one {@link Migrator} (or a primary one). {@code management.health.migrate.enabled=false}
 * turns it off, and {@code management.health.defaults.enabled=false} unless that is set, as Boot
 * 3.5's own {@code @ConditionalOnEnabledHealthIndicator} reads them.
 */
@AutoConfiguration(after = MigrateAutoConfiguration.class)
@ConditionalOnClass(name = Boot3HealthIndicator.INDICATOR)
@ConditionalOnSingleCandidate(Migrator.class)
@Conditional(Boot3HealthContributorAutoConfiguration.Enabled.class)
@Import(Boot3HealthContributorAutoConfiguration.Registrar.class)
public final class Boot3HealthContributorAutoConfiguration {

    /** The bean's name, whose prefix Boot makes the component's: {@code migrate}. */
    static final String BEAN = "migrateHealthIndicator";

    /**
     * Defines the indicator with Boot 3.5's interface as its type, known before it is created, so that
     * the actuator's health registry finds it by type.
     */
    static final class Registrar implements ImportBeanDefinitionRegistrar, BeanFactoryAware, BeanClassLoaderAware {

        private BeanFactory beanFactory;
        private ClassLoader classLoader;

        @Override
        public void setBeanFactory(BeanFactory beanFactory) {
            this.beanFactory = beanFactory;
        }

        @Override
        public void setBeanClassLoader(ClassLoader classLoader) {
            this.classLoader = classLoader;
        }

        @Override
        @SuppressWarnings("unchecked")
        public void registerBeanDefinitions(AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
            if (registry.containsBeanDefinition(BEAN)) {
                return; // the application's own
            }
            Class<Object> indicator;
            try {
                indicator = (Class<Object>) Class.forName(Boot3HealthIndicator.INDICATOR, false, classLoader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e); // the class condition found it
            }
            Supplier<Object> create = () -> Boot3HealthIndicator.create(beanFactory.getBean(Migrator.class), classLoader);
            registry.registerBeanDefinition(BEAN, new RootBeanDefinition(indicator, create));
        }
    }

    /** {@code management.health.migrate.enabled}, else {@code management.health.defaults.enabled}, else on. */
    static final class Enabled extends SpringBootCondition {

        @Override
        public ConditionOutcome getMatchOutcome(ConditionContext context, AnnotatedTypeMetadata metadata) {
            Environment environment = context.getEnvironment();
            Boolean own = environment.getProperty("management.health.migrate.enabled", Boolean.class);
            boolean enabled = own != null ? own
                    : environment.getProperty("management.health.defaults.enabled", Boolean.class, true);
            return enabled ? ConditionOutcome.match("the migrate health indicator is enabled")
                    : ConditionOutcome.noMatch("the migrate health indicator is disabled");
        }
    }
}
