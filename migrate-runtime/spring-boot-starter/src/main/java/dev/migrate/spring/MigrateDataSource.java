package dev.migrate.spring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Qualifier;

/**
 * Marks the {@link javax.sql.DataSource} that migrations run on, when it is not the application's
 * own: a connection as the role that owns the schema, for example. Such a bean wins over {@code
 * migrate.url} and the application's DataSource.
 *
 * <pre>{@code
 * @Bean
 * @MigrateDataSource
 * DataSource migrations() {
 *     return DataSourceBuilder.create().url("jdbc:postgresql://db/app").username("owner").build();
 * }
 * }</pre>
 */
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Qualifier
public @interface MigrateDataSource {}
