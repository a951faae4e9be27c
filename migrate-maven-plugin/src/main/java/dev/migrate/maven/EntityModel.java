package dev.migrate.maven;

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
        List<String> entities = EntityClasses.find(classes);
        if (entities.isEmpty()) {
            return Optional.empty();
        }
        HibernateModel.Database database;
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            database = new HibernateModel.Database(meta.getDatabaseProductName(), meta.getDatabaseMajorVersion(),
                    meta.getDatabaseMinorVersion());
        }
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
            return Optional.of(HibernateModel.read(entities, loader, database, settings));
        }
    }
}
