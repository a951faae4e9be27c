package dev.migrate.spring;

import dev.migrate.Migrator;

/**
 * Adjusts the {@link Migrator.Builder} after the {@code migrate.*} properties are applied and
 * before the {@link Migrator} is built: a listener for metrics, a logger, a class loader. Beans of
 * this type run in their {@link org.springframework.core.annotation.Order order}.
 */
@FunctionalInterface
public interface MigratorBuilderCustomizer {

    /**
     * Adjusts the builder.
     *
     * @param builder the builder, with the properties applied
     */
    void customize(Migrator.Builder builder);
}
