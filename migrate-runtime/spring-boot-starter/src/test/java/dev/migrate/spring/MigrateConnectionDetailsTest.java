package dev.migrate.spring;

import static dev.migrate.spring.TestRevisions.C3;
import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import dev.migrate.Migrator;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Testcontainers' {@code @ServiceConnection} and Docker Compose reach Spring Boot as a {@link
 * JdbcConnectionDetails} bean, from which Boot builds the DataSource; such a bean, given here
 * directly, is the database the start-up migration runs on, whatever {@code spring.datasource.*} says.
 */
class MigrateConnectionDetailsTest {

    @Test
    void migratesTheDatabaseOfTheConnectionDetailsRatherThanOfTheProperties() {
        H2Database configured = H2Database.fresh();
        H2Database connected = H2Database.fresh();

        configured.runner()
                .withBean(JdbcConnectionDetails.class, () -> details(connected.url(), "sa", ""))
                .run(context -> {
                    assertThat(context).hasNotFailed();
                    assertThat(((HikariDataSource) context.getBean(DataSource.class)).getJdbcUrl())
                            .isEqualTo(connected.url());
                    assertThat(context.getBean(Migrator.class).current()).containsExactly(C3);
                });

        assertThat(connected.tables()).contains("migrate_history", "migrate_version", "notes", "tags");
        assertThat(configured.tables()).isEmpty();
    }

    @Test
    void migratesPostgresqlReachedThroughConnectionDetails() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.POSTGRESQL)) {
            new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                            MigrateAutoConfiguration.class))
                    .withBean(JdbcConnectionDetails.class, () -> details(db.url(), db.user(), db.password()))
                    .run(context -> {
                        assertThat(context).hasNotFailed();
                        assertThat(context.getBean(Migrator.class).current()).containsExactly(C3);
                    });

            assertThat(MigratePostgresTest.tables(db)).contains("migrate_history", "migrate_version", "notes", "tags");
        }
    }

    /** What a service connection gives Spring Boot: a URL and credentials. */
    private static JdbcConnectionDetails details(String url, String user, String password) {
        return new JdbcConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return url;
            }

            @Override
            public String getUsername() {
                return user;
            }

            @Override
            public String getPassword() {
                return password;
            }
        };
    }
}
