package dev.migrate.spring;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.SchemaManagementProvider;

/**
 * Tells Spring Boot that migrate manages the schema of the DataSource it migrates, so Hibernate's
 * {@code ddl-auto} default for an embedded database becomes {@code none} instead of {@code create-drop}.
 */
final class MigrateSchemaManagementProvider implements SchemaManagementProvider {

    private final ObjectProvider<MigrateDatabase> database;

    MigrateSchemaManagementProvider(ObjectProvider<MigrateDatabase> database) {
        this.database = database;
    }

    @Override
    public SchemaManagement getSchemaManagement(DataSource dataSource) {
        MigrateDatabase migrated = database.getIfAvailable();
        return migrated != null && dataSource.equals(migrated.managed()) ? SchemaManagement.MANAGED
                : SchemaManagement.UNMANAGED;
    }
}
