package dev.migrate.spring;

import static dev.migrate.spring.TestRevisions.A1;
import static dev.migrate.spring.TestRevisions.C3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.spring.MigrateEndpoint.MigratorDescriptor;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The start-up migration, health and endpoint on PostgreSQL, in a schema of the test's own. */
class MigratePostgresTest {

    @Test
    void migratesInOneTransactionAtStartUpAndReportsIt() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.POSTGRESQL)) {
            ApplicationContextRunner runner = new ApplicationContextRunner()
                    .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
                            MigrateAutoConfiguration.class, MigrateHealthContributorAutoConfiguration.class,
                            MigrateEndpointAutoConfiguration.class))
                    .withPropertyValues("spring.datasource.url=" + db.url(), "spring.datasource.username=" + db.user(),
                            "spring.datasource.password=" + db.password(), "migrate.single-transaction=true",
                            "management.endpoints.web.exposure.include=migrate");

            runner.run(context -> {
                assertThat(context).hasNotFailed();
                assertThat(context.getBean(MigrateHealthIndicator.class).health().getStatus()).isEqualTo(Status.UP);
                MigratorDescriptor migrator = context.getBean(MigrateEndpoint.class).migrateBeans().contexts()
                        .get(context.getId()).migrateBeans().get("migrator");
                assertThat(migrator.current()).containsExactly(C3);
                assertThat(migrator.revisions()).extracting(RevisionState::state).containsOnly("applied");
                assertThat(migrator.revisions().get(2).id()).isEqualTo(A1);
                assertThat(migrator.revisions().get(2).installedBy()).isEqualTo(db.user());
            });

            assertThat(tables(db)).contains("migrate_history", "migrate_version", "notes", "tags");
        }
    }

    /** The tables of the test's schema. */
    static List<String> tables(TestDatabase db) throws Exception {
        List<String> tables = new ArrayList<>();
        try (Connection connection = db.dataSource().getConnection();
                ResultSet rows = connection.getMetaData().getTables(null, db.schema(), "%", new String[] {"TABLE"})) {
            while (rows.next()) {
                tables.add(rows.getString("TABLE_NAME"));
            }
        }
        return tables;
    }
}
