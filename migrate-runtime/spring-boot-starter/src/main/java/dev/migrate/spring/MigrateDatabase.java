package dev.migrate.spring;

import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import javax.sql.DataSource;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * The database migrations run on, chosen as Flyway's auto-configuration chooses: a {@link
 * MigrateDataSource} bean, else {@code migrate.url}, else the application's DataSource (with {@code
 * migrate.user} instead of its own user when one is set).
 *
 * @param config the properties, checked by the runtime
 * @param dataSource the data source; {@code null} when the runtime connects to {@code migrate.url} itself
 * @param managed the application's DataSource whose schema migrations manage, or {@code null} for another database
 */
record MigrateDatabase(MigrateConfig config, DataSource dataSource, DataSource managed) {

    static MigrateDatabase choose(MigrateConfig config, DataSource migrateDataSource, DataSource applications) {
        if (config.backupBeforeUpgrade() && config.url().isEmpty()) {
            // The backup tools log in with a URL and a password, which a DataSource does not give away.
            throw new IllegalStateException("migrate: migrate.backup-before-upgrade needs migrate.url (with"
                    + " migrate.user and migrate.password): pg_dump and mysqldump connect by URL, not through a"
                    + " DataSource");
        }
        if (migrateDataSource != null) {
            return new MigrateDatabase(config, migrateDataSource, migrateDataSource);
        }
        if (config.url().isPresent()) {
            return new MigrateDatabase(config, null, null);
        }
        if (applications == null) {
            throw new IllegalStateException("migrate: no DataSource to migrate; set migrate.url, or define one"
                    + " DataSource bean (or mark one @MigrateDataSource)");
        }
        if (config.user().isPresent()) {
            // The same database as another role, such as the one that owns the schema: still managed by migrate.
            return new MigrateDatabase(config, DataSourceBuilder.derivedFrom(applications)
                    .type(SimpleDriverDataSource.class)
                    .username(config.user().get())
                    .password(config.password().orElse(null))
                    .build(), applications);
        }
        return new MigrateDatabase(config, applications, applications);
    }

    /** A builder with the properties on this database; the runtime connects to a URL itself. */
    Migrator.Builder builder() {
        Migrator.Builder builder = config.migrator();
        return dataSource == null ? builder : builder.dataSource(dataSource);
    }

    /** The start-up migration's target. */
    String target() {
        return config.target().orElse("heads");
    }
}
