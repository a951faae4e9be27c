package dev.migrate.maven;

import dev.migrate.MigrationException;
import dev.migrate.diff.SchemaModel;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The schema a project's compiled JPA entities expect, for the database the goal uses: its
 * entities found in the class directory, loaded with the project's dependencies, and mapped by
 * Hibernate for that database's product and version with the project's naming strategies.
 *
 * @param classes the project's class directory
 * @param classPath the project's class directory and runtime dependencies
 * @param physicalNaming the physical naming strategy's class (or Hibernate short name), or
 *     {@code null} for the default: Spring Boot's when the project uses Spring Boot, else Hibernate's
 * @param implicitNaming the implicit naming strategy's, likewise
 */
record EntityModel(Path classes, List<String> classPath, String physicalNaming, String implicitNaming) {

    /** Spring Boot's defaults, when its Hibernate auto-configuration is on the class path (Boot 4, then 3). */
    private static final List<List<String>> SPRING_BOOT = List.of(
            List.of("org/springframework/boot/hibernate/autoconfigure/HibernateJpaAutoConfiguration.class",
                    "org.springframework.boot.hibernate.SpringImplicitNamingStrategy"),
            List.of("org/springframework/boot/autoconfigure/orm/jpa/HibernateJpaAutoConfiguration.class",
                    "org.springframework.boot.orm.jpa.hibernate.SpringImplicitNamingStrategy"));

    /**
     * Where the database to map for comes from: asked only when the project has entities.
     */
    @FunctionalInterface
    interface DatabaseSource {
        /**
         * The database.
         *
         * @return its product and version
         * @throws SQLException when it cannot be read
         */
        HibernateModel.Database get() throws SQLException;
    }

    /**
     * Reads the entities.
     *
     * @param dataSource the database whose dialect maps them
     * @param log where to say which entities and strategies were used
     * @return the model, or empty when the project has no entities
     * @throws IOException when the class directory cannot be read
     * @throws SQLException when the database's product cannot be read
     * @throws ClassNotFoundException when an entity or a strategy cannot be loaded
     */
    Optional<SchemaModel> read(DataSource dataSource, Consumer<String> log)
            throws IOException, SQLException, ClassNotFoundException {
        return read(productOf(dataSource), log, HibernateModel::model);
    }

    /**
     * Reads the entities' metamodel into what a goal needs.
     *
     * @param <T> what the goal makes of the metamodel
     * @param database the database whose dialect maps them
     * @param log where to say which entities and strategies were used
     * @param reading what to take from the metamodel
     * @return what it took, or empty when the project has no entities
     * @throws IOException when the class directory cannot be read
     * @throws SQLException when the database's product cannot be read
     * @throws ClassNotFoundException when an entity or a strategy cannot be loaded
     */
    <T> Optional<T> read(DatabaseSource database, Consumer<String> log, HibernateModel.Reading<T> reading)
            throws IOException, SQLException, ClassNotFoundException {
        List<String> entities = EntityClasses.find(classes);
        if (entities.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(read(entities, database.get(), log, reading));
    }

    /**
     * Reads the entities for a goal, whose failures are the build's.
     *
     * @param <T> what the goal makes of the metamodel
     * @param database the database whose dialect maps them, such as {@link #productOf}
     * @param log where to say which entities and strategies were used
     * @param reading what to take from the metamodel
     * @return what it took, or empty when the project has no entities
     * @throws MojoFailureException when an entity cannot be mapped or the database's product cannot be read
     * @throws MojoExecutionException when the class directory cannot be read
     */
    <T> Optional<T> readForGoal(DatabaseSource database, Consumer<String> log, HibernateModel.Reading<T> reading)
            throws MojoFailureException, MojoExecutionException {
        try {
            return read(database, log, reading);
        } catch (IOException e) {
            throw new MojoExecutionException("migrate: cannot read the compiled classes: " + e.getMessage(), e);
        } catch (SQLException e) {
            throw new MojoFailureException("migrate: cannot read which database this is: " + e.getMessage(), e);
        } catch (ClassNotFoundException | RuntimeException e) {
            if (e instanceof MigrationException m) {
                throw m;
            }
            throw new MojoFailureException("migrate: Hibernate cannot map the entities: " + e.getMessage()
                    + " (compile the project first, as in mvn compile migrate:..., and check the entities)", e);
        }
    }

    /**
     * A database's product and version, read when the entities need them.
     *
     * @param dataSource the database
     * @return where they come from
     */
    static DatabaseSource productOf(DataSource dataSource) {
        return () -> database(dataSource);
    }

    private static HibernateModel.Database database(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            return new HibernateModel.Database(meta.getDatabaseProductName(), meta.getDatabaseMajorVersion(),
                    meta.getDatabaseMinorVersion());
        }
    }

    private <T> T read(List<String> entities, HibernateModel.Database database, Consumer<String> log,
            HibernateModel.Reading<T> reading) throws IOException, ClassNotFoundException {
        try (URLClassLoader loader = EntityClassLoader.create(classPath, EntityModel.class.getClassLoader())) {
            Map<String, Object> settings = new LinkedHashMap<>();
            String physical = physicalNaming;
            String implicit = implicitNaming;
            for (List<String> boot : SPRING_BOOT) {
                if (loader.getResource(boot.get(0)) != null) {
                    physical = physical != null ? physical : "org.hibernate.boot.model.naming.PhysicalNamingStrategySnakeCaseImpl";
                    implicit = implicit != null || loader.getResource(boot.get(1).replace('.', '/') + ".class") == null
                            ? implicit : boot.get(1);
                    break;
                }
            }
            if (physical != null) {
                settings.put("hibernate.physical_naming_strategy", physical.trim());
            }
            if (implicit != null) {
                settings.put("hibernate.implicit_naming_strategy", implicit.trim());
            }
            log.accept("migrate: " + entities.size() + " JPA classes in " + classes + ", mapped by Hibernate for "
                    + database.product() + " " + database.major() + "." + database.minor() + " (naming: physical "
                    + (physical == null ? "Hibernate's default" : physical) + ", implicit "
                    + (implicit == null ? "Hibernate's default" : implicit) + ")");
            return HibernateModel.read(entities, loader, database, settings, reading);
        }
    }
}
