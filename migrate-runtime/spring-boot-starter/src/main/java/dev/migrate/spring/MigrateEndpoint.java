package dev.migrate.spring;

import dev.migrate.Migrator;
import dev.migrate.Status;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.boot.actuate.endpoint.OperationResponseBody;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.context.ApplicationContext;

/**
 * The {@code migrate} actuator endpoint, shaped like {@code /actuator/flyway}: for each context,
 * each {@link Migrator} bean with its heads, current revisions, the revisions the database has
 * beyond this build, and every revision with its state. Read-only; {@link WritableMigrateEndpoint}
 * adds the write operations when {@code migrate.endpoint.write-operations=true}.
 */
@Endpoint(id = "migrate")
public class MigrateEndpoint {

    private final ApplicationContext context;

    /**
     * An endpoint over the migrators of a context and its parents.
     *
     * @param context the application's context
     */
    public MigrateEndpoint(ApplicationContext context) {
        this.context = context;
    }

    /**
     * Where each migrator's database stands.
     *
     * @return the migrators by context id and bean name
     */
    @ReadOperation
    public MigrateBeans migrateBeans() {
        Map<String, ContextMigrateBeans> contexts = new TreeMap<>();
        for (ApplicationContext target = context; target != null; target = target.getParent()) {
            Map<String, MigratorDescriptor> beans = new TreeMap<>();
            target.getBeansOfType(Migrator.class, false, false)
                    .forEach((name, migrator) -> beans.put(name, MigratorDescriptor.of(migrator)));
            ApplicationContext parent = target.getParent();
            contexts.put(target.getId(), new ContextMigrateBeans(beans, parent == null ? null : parent.getId()));
        }
        return new MigrateBeans(contexts);
    }

    /** The context of this endpoint, for the write operations. */
    ApplicationContext context() {
        return context;
    }

    /**
     * The migrators of an application.
     *
     * @param contexts the migrators of each context, by context id
     */
    public record MigrateBeans(Map<String, ContextMigrateBeans> contexts) implements OperationResponseBody {}

    /**
     * The migrators of one context.
     *
     * @param migrateBeans the migrators by bean name
     * @param parentId the parent context's id, or {@code null}
     */
    public record ContextMigrateBeans(Map<String, MigratorDescriptor> migrateBeans, String parentId) {}

    /**
     * One migrator's database.
     *
     * @param heads the heads of this build's revisions
     * @param current the revisions in the version table
     * @param ahead the revisions a newer build applied that this build does not have; empty otherwise
     * @param revisions this build's revisions, newest first, with their states
     */
    public record MigratorDescriptor(List<String> heads, List<String> current, List<String> ahead,
            List<RevisionState> revisions) {

        static MigratorDescriptor of(Migrator migrator) {
            Status status = migrator.status();
            MigrationState state = MigrationState.read(migrator, status);
            return new MigratorDescriptor(state.heads(), status.current(), status.ahead(), state.revisions());
        }
    }
}
