package dev.migrate.spring;

import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.Selector;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.context.ApplicationContext;

/**
 * The {@code migrate} endpoint with its write operations, offered only when {@code
 * migrate.endpoint.write-operations=true}. Each is a POST to {@code /actuator/migrate/<operation>}
 * with a JSON body, protected as any actuator operation (exposure settings, Spring Security):
 * <ul>
 *   <li>{@code upgrade} {@code {"target": "heads"}}: the target defaults to {@code migrate.target};
 *   <li>{@code downgrade} {@code {"target": "-1"}}: the target is required;
 *   <li>{@code dry-run} {@code {"target": "heads", "direction": "upgrade"}}: the SQL of the upgrade
 *       (or of the downgrade) without running it.
 * </ul>
 * A refusal of the engine (a bad target, a failed revision) answers 409 with its message.
 */
@Endpoint(id = "migrate")
public class WritableMigrateEndpoint extends MigrateEndpoint {

    /** HTTP 409: the request is well formed, and the database's state refuses it. */
    private static final int CONFLICT = 409;

    private final String defaultTarget;

    /**
     * An endpoint over the migrators of a context, with write operations on its one migrator.
     *
     * @param context the application's context
     * @param defaultTarget the upgrade's target when the request names none, such as {@code heads}
     */
    public WritableMigrateEndpoint(ApplicationContext context, String defaultTarget) {
        super(context);
        this.defaultTarget = defaultTarget;
    }

    /**
     * Runs an operation on the application's migrator.
     *
     * @param operation {@code upgrade}, {@code downgrade} or {@code dry-run}
     * @param target where to go; required for a downgrade
     * @param direction for a dry-run: {@code upgrade} (the default) or {@code downgrade}
     * @return what was done, or the engine's refusal with status 409
     */
    @WriteOperation
    @SuppressWarnings("deprecation") // Spring's own @Nullable: what Spring Boot 3.5 reads as optional, Boot 4 jspecify's
    public WebEndpointResponse<Object> run(@Selector String operation,
            @Nullable @org.springframework.lang.Nullable String target,
            @Nullable @org.springframework.lang.Nullable String direction) {
        Migrator migrator = context().getBeanProvider(Migrator.class).getIfUnique();
        if (migrator == null) {
            throw new InvalidEndpointRequestException("no single Migrator bean to run " + operation + " on",
                    "several or no Migrator beans");
        }
        try {
            return new WebEndpointResponse<>(switch (operation) {
                case "upgrade" -> Result.of(operation, upgradeTarget(target), migrator.upgrade(upgradeTarget(target)));
                case "downgrade" -> Result.of(operation, required(target), migrator.downgrade(required(target)));
                case "dry-run" -> dryRun(migrator, target, direction);
                default -> throw new InvalidEndpointRequestException("unknown operation " + operation
                        + ": use upgrade, downgrade or dry-run", "unknown operation");
            });
        } catch (MigrationException e) {
            return new WebEndpointResponse<>(Map.of("operation", operation, "error", e.getMessage()),
                    CONFLICT);
        }
    }

    private Result dryRun(Migrator migrator, String target, String direction) {
        String way = direction == null ? "upgrade" : direction.trim();
        return switch (way) {
            case "upgrade" -> new Result("dry-run", upgradeTarget(target), List.of(), migrator.upgradeSql(upgradeTarget(target)));
            case "downgrade" -> new Result("dry-run", required(target), List.of(), migrator.downgradeSql(required(target)));
            default -> throw new InvalidEndpointRequestException("unknown direction " + direction
                    + ": use upgrade or downgrade", "unknown direction");
        };
    }

    private String upgradeTarget(String target) {
        return target == null || target.isBlank() ? defaultTarget : target.trim();
    }

    private static String required(String target) {
        if (target == null || target.isBlank()) {
            throw new InvalidEndpointRequestException("a downgrade needs a target, such as {\"target\": \"-1\"}"
                    + " (one step) or {\"target\": \"base\"} (everything)", "missing target");
        }
        return target.trim();
    }

    /**
     * What a write operation did.
     *
     * @param operation {@code upgrade}, {@code downgrade} or {@code dry-run}
     * @param target the target it went to
     * @param revisions the revisions applied or reverted, in order; empty for a dry-run
     * @param sql the script of a dry-run; {@code null} otherwise
     */
    public record Result(String operation, String target, List<String> revisions, String sql) {

        static Result of(String operation, String target, List<String> revisions) {
            return new Result(operation, target, revisions, null);
        }
    }
}
