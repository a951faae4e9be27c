package dev.migrate.spring;

import dev.migrate.Migrator;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The {@code migrate} health for Spring Boot 3.5, whose {@code HealthIndicator} and {@code Health}
 * are in {@code org.springframework.boot.actuate.health} (Boot 4 moved them to {@code
 * org.springframework.boot.health.contributor}): a proxy of Boot 3.5's interface, built by name, so
 * that the starter compiled against Boot 4 serves both. It gives {@link MigrateHealth}, as {@link
 * MigrateHealthIndicator} does, and a failed read as Boot's {@code AbstractHealthIndicator} does:
 * logged, and {@code DOWN} with the exception.
 */
final class Boot3HealthIndicator implements InvocationHandler {

    /** Boot 3.5's indicator type, absent from Boot 4. */
    static final String INDICATOR = "org.springframework.boot.actuate.health.HealthIndicator";
    private static final String HEALTH = "org.springframework.boot.actuate.health.Health";

    private static final Log LOG = LogFactory.getLog(Boot3HealthIndicator.class);

    private final Migrator migrator;
    private final Class<?> health;

    private Boot3HealthIndicator(Migrator migrator, Class<?> health) {
        this.migrator = Objects.requireNonNull(migrator, "migrator");
        this.health = health;
    }

    /**
     * An indicator of one migrator's database.
     *
     * @param classLoader the loader of Spring Boot 3.5's actuator
     * @return an instance of Boot 3.5's {@code HealthIndicator}
     */
    static Object create(Migrator migrator, ClassLoader classLoader) {
        try {
            Class<?> indicator = Class.forName(INDICATOR, false, classLoader);
            return Proxy.newProxyInstance(classLoader, new Class<?>[] {indicator},
                    new Boot3HealthIndicator(migrator, Class.forName(HEALTH, false, classLoader)));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("migrate: Spring Boot 3.5's health types are not on the class path", e);
        }
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        return switch (method.getName()) {
            case "health" -> health();
            case "toString" -> "migrate health indicator (Spring Boot 3.5)";
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            // getHealth(includeDetails) and whatever else the interface defaults.
            default -> InvocationHandler.invokeDefault(proxy, method, args);
        };
    }

    /** {@code Health.status(level).withDetails(details).build()}, or {@code DOWN} with the exception. */
    private Object health() throws ReflectiveOperationException {
        Object builder;
        try {
            MigrateHealth read = MigrateHealth.read(migrator);
            builder = call(health.getMethod("status", String.class), null, read.status());
            call(builder.getClass().getMethod("withDetails", Map.class), builder, read.details());
        } catch (RuntimeException e) {
            LOG.warn(MigrateHealth.FAILED, e);
            builder = call(health.getMethod("status", String.class), null, "DOWN");
            call(builder.getClass().getMethod("withException", Throwable.class), builder, e);
        }
        return call(builder.getClass().getMethod("build"), builder);
    }

    private static Object call(Method method, Object target, Object... args) throws ReflectiveOperationException {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
