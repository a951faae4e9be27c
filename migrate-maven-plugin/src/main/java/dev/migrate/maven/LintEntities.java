package dev.migrate.maven;

import dev.migrate.lint.EntityMappings;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The tables and columns a project's JPA entities map, with the class or property that maps each,
 * for {@code migrate:lint}'s rules {@code drop-table-in-use} and {@code drop-column-in-use}.
 * Hibernate maps them for the lint's dialect: for the database itself when the goal reads it, else
 * for a recent version of the dialect's product, since lint compares names only.
 */
final class LintEntities {

    private LintEntities() {}

    /**
     * Reads the entities' mappings.
     *
     * @param entities the project's entities
     * @param dialect the lint's dialect, such as {@code postgresql}
     * @param database the database when the goal reads one, or {@code null}
     * @param log where to say which entities were read
     * @return the mappings, or empty when the project has no entities
     * @throws MojoFailureException when an entity cannot be mapped
     * @throws MojoExecutionException when the class directory cannot be read
     */
    static Optional<EntityMappings> read(EntityModel entities, String dialect, DataSource database,
            Consumer<String> log) throws MojoFailureException, MojoExecutionException {
        EntityModel.DatabaseSource product = database != null ? EntityModel.productOf(database)
                : () -> productOf(dialect);
        return entities.readForGoal(product, log, (metadata, key) -> EntityMappings.of(
                HibernateModel.model(metadata, key), EntityOwners.of(metadata, key)));
    }

    /** The product Hibernate maps for, for a dialect of the runtime; the names do not depend on its version. */
    static HibernateModel.Database productOf(String dialect) {
        return switch (dialect) {
            case "mysql" -> new HibernateModel.Database("MySQL", 8, 0);
            case "mariadb" -> new HibernateModel.Database("MariaDB", 10, 11);
            case "h2" -> new HibernateModel.Database("H2", 2, 3);
            default -> new HibernateModel.Database("PostgreSQL", 16, 0);
        };
    }
}
