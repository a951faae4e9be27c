package dev.migrate.spring;

import static dev.migrate.spring.MigrateAutoConfigurationTest.engineMessage;
import static dev.migrate.spring.TestRevisions.A1;
import static dev.migrate.spring.TestRevisions.B2;
import static dev.migrate.spring.TestRevisions.C3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.IndexClassLoader;
import dev.migrate.MigrationListener;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.jdbc.MigrationLock;
import dev.migrate.spring.newer.NewerBuildIndex;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The migrate health of each state a database can be in, and the start against a database ahead of the build. */
class MigrateHealthIndicatorTest {

    private final H2Database db = H2Database.fresh();

    private final ApplicationContextRunner runner = db.runner(MigrateHealthContributorAutoConfiguration.class);

    /** Starts without migrating, so the health sees the database as it was left. */
    private final ApplicationContextRunner looking = runner.withBean(MigrateStrategy.class, () -> migrator -> {});

    private static Health health(org.springframework.context.ApplicationContext context) {
        return context.getBean("migrateHealthIndicator", MigrateHealthIndicator.class).health();
    }

    @Test
    void upAtEveryHead() {
        runner.run(context -> {
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("heads", List.of(C3)).containsEntry("current", List.of(C3))
                    .containsEntry("revisions", Map.of(C3, "applied", B2, "applied", A1, "applied"))
                    .doesNotContainKeys("problems", "ahead", "locked");
        });
    }

    @Test
    void outOfServiceWhileBehind() {
        runner.withPropertyValues("migrate.target=" + A1).run(context -> assertThat(context).hasNotFailed());

        looking.run(context -> {
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
            assertThat(health.getDetails()).containsEntry("current", List.of(A1))
                    .containsEntry("revisions", Map.of(C3, "pending", B2, "pending", A1, "applied"));
            assertThat(health.getDetails().get("problems").toString())
                    .contains("2 pending revision(s) (" + B2 + ", " + C3 + "): run the start-up migration (migrate.target=heads)");
        });
    }

    @Test
    void outOfServiceWhileARunHoldsTheLock() throws Exception {
        runner.run(context -> assertThat(context).hasNotFailed());

        looking.run(context -> {
            // Another run's lock, held on a connection of the test's own.
            try (Connection connection = DriverManager.getConnection(db.url(), "sa", "");
                    MigrationLock held = MigrationLock.acquire(connection, TableNames.defaults(), Duration.ZERO)) {
                Health health = health(context);
                assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
                assertThat(health.getDetails()).containsEntry("current", List.of(C3))
                        .containsEntry("locked", "a migration run holds the lock: wait for it to finish")
                        .doesNotContainKey("problems");
            }
            Health after = health(context);
            assertThat(after.getStatus()).isEqualTo(Status.UP);
            assertThat(after.getDetails()).doesNotContainKey("locked");
        });
    }

    @Test
    void aStepInProgressIsRunningWhileItsRunHoldsTheLockAndFailedOnceNobodyDoes() throws Exception {
        runner.withPropertyValues("migrate.target=" + B2).run(context -> assertThat(context).hasNotFailed());
        // What a run applying c3 outside a transaction leaves while it works, or after its process died.
        db.execute("INSERT INTO migrate_history (revision, direction, message, checksum, status, started_at, duration_ms,"
                + " error, installed_by, in_transaction) VALUES ('" + C3 + "', 'upgrade', '', NULL, 'running',"
                + " CURRENT_TIMESTAMP, 0, NULL, 'deployer', FALSE)");

        looking.run(context -> {
            try (Connection connection = DriverManager.getConnection(db.url(), "sa", "");
                    MigrationLock held = MigrationLock.acquire(connection, TableNames.defaults(), Duration.ZERO)) {
                Health health = health(context);
                assertThat(health.getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
                assertThat(health.getDetails()).containsEntry("current", List.of(B2))
                        .containsEntry("locked", "a migration run holds the lock: wait for it to finish")
                        .containsEntry("revisions", Map.of(C3, "running", B2, "applied", A1, "applied"));
            }
            Health after = health(context);
            assertThat(after.getStatus()).isEqualTo(Status.DOWN);
            assertThat(after.getDetails()).doesNotContainKey("locked")
                    .containsEntry("revisions", Map.of(C3, "failed", B2, "applied", A1, "applied"));
            assertThat(after.getDetails().get("problems").toString()).contains("failed revision(s) " + C3);
        });
    }

    @Test
    void downWithAFailedRevision() {
        db.execute("CREATE TABLE tags (x INT)");
        // The schema has a table before the first upgrade: allowed, so that the second revision runs and fails.
        runner.withBean(MigratorBuilderCustomizer.class, () -> builder -> builder.allowNonEmptySchema(true))
                .run(context -> assertThat(context).hasFailed());

        looking.run(context -> {
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("revisions", Map.of(C3, "pending", B2, "failed", A1, "applied"));
            assertThat(health.getDetails().get("problems").toString()).contains("failed revision(s) " + B2);
        });
    }

    @Test
    void downWhenAnAppliedRevisionsSourceChanged() {
        runner.run(context -> assertThat(context).hasNotFailed());
        db.execute("UPDATE migrate_history SET checksum = 'edited' WHERE revision = '" + A1 + "'");

        looking.run(context -> {
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.DOWN);
            assertThat(health.getDetails()).containsEntry("revisions",
                    Map.of(C3, "applied", B2, "applied", A1, "checksum_changed"));
        });
    }

    @Test
    void anOlderBuildStartsOnADatabaseAheadOfItWithAWarningAndSaysSoInTheHealth() {
        runner.withClassLoader(new IndexClassLoader(NewerBuildIndex.class)).run(context -> assertThat(context)
                .hasNotFailed());
        List<String> warnings = new CopyOnWriteArrayList<>();
        MigratorBuilderCustomizer listening = builder -> builder.listener(new MigrationListener() {
            @Override
            public void warning(String message) {
                warnings.add(message);
            }
        });

        runner.withBean(MigratorBuilderCustomizer.class, () -> listening).run(context -> {
            assertThat(context).hasNotFailed();
            Health health = health(context);
            assertThat(health.getStatus()).isEqualTo(Status.UP);
            assertThat(health.getDetails()).containsEntry("ahead", List.of(NewerBuildIndex.NEWER));
            assertThat(health.getDetails().get("note").toString()).contains(NewerBuildIndex.NEWER);
        });
        assertThat(warnings).singleElement().asString().contains(NewerBuildIndex.NEWER);
        assertThat(db.column("SELECT version_num FROM migrate_version")).containsExactly(NewerBuildIndex.NEWER);
    }

    @Test
    void failOnAheadRefusesToStart() {
        runner.withClassLoader(new IndexClassLoader(NewerBuildIndex.class)).run(context -> assertThat(context)
                .hasNotFailed());

        runner.withPropertyValues("migrate.fail-on-ahead=true").run(context -> assertThat(
                engineMessage(context.getStartupFailure())).contains(NewerBuildIndex.NEWER));
    }

    @Test
    void theIndicatorForSpringBoot35StaysOffOnBoot4() {
        runner.withConfiguration(AutoConfigurations.of(Boot3HealthContributorAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(MigrateHealthIndicator.class)
                        .doesNotHaveBean(Boot3HealthContributorAutoConfiguration.class));
    }

    @Test
    void offWhenItsHealthIsDisabled() {
        runner.withPropertyValues("management.health.migrate.enabled=false").run(context -> assertThat(context)
                .hasNotFailed().doesNotHaveBean(MigrateHealthIndicator.class));
    }
}
