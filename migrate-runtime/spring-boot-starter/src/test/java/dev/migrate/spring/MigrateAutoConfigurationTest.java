package dev.migrate.spring;

import static dev.migrate.spring.TestRevisions.A1;
import static dev.migrate.spring.TestRevisions.B2;
import static dev.migrate.spring.TestRevisions.C3;
import static org.assertj.core.api.Assertions.assertThat;

import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import dev.migrate.report.Check;
import dev.migrate.report.CommandNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jdbc.SchemaManagement;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The auto-configuration's conditions and start-up migration, on H2 with the revisions of the tests' index. */
class MigrateAutoConfigurationTest {

    private static final List<String> MIGRATED = List.of("migrate_history", "migrate_version", "migrate_version_lock", "notes",
            "tags");
    private static final String HEAD = TestRevisions.C3;

    private final H2Database db = H2Database.fresh();

    private final ApplicationContextRunner runner = db.runner();

    @Test
    void upgradesToEveryHeadAtStartUp() {
        runner.run(context -> {
            assertThat(context).hasNotFailed().hasSingleBean(Migrator.class).hasSingleBean(MigrateInitializer.class);
            assertThat(context.getBean(Migrator.class).current()).containsExactly(HEAD);
        });
        assertThat(db.tables()).containsExactlyElementsOf(MIGRATED);
    }

    @Test
    void aSecondStartDoesNothing() {
        runner.run(context -> assertThat(context).hasNotFailed());
        List<String> history = db.column("SELECT COUNT(*) FROM migrate_history");

        runner.run(context -> assertThat(context).hasNotFailed());

        assertThat(db.column("SELECT COUNT(*) FROM migrate_history")).isEqualTo(history).containsExactly("3");
        assertThat(db.column("SELECT version_num FROM migrate_version")).containsExactly(HEAD);
    }

    @Test
    void stopsAtTheTarget() {
        runner.withPropertyValues("migrate.target=" + B2).run(context -> assertThat(context).hasNotFailed());

        assertThat(db.column("SELECT version_num FROM migrate_version")).containsExactly(B2);
    }

    @Test
    void backsOffWithoutADataSource() {
        new ApplicationContextRunner().withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(Migrator.class));
    }

    @Test
    void isOffWhenDisabled() {
        runner.withPropertyValues("migrate.enabled=false").run(context -> assertThat(context).hasNotFailed()
                .hasSingleBean(DataSource.class).doesNotHaveBean(Migrator.class).doesNotHaveBean(MigrateInitializer.class));
        assertThat(db.tables()).isEmpty();
    }

    @Test
    void keepsAMigratorTheApplicationDefines() {
        H2Database other = H2Database.fresh();
        runner.withBean("ownMigrator", Migrator.class, () -> Migrator.builder().url(other.url(), "sa", "").build())
                .run(context -> {
                    assertThat(context).hasNotFailed().hasSingleBean(Migrator.class);
                    assertThat(context.getBean(Migrator.class)).isSameAs(context.getBean("ownMigrator"));
                });
        assertThat(other.tables()).containsExactlyElementsOf(MIGRATED);
        assertThat(db.tables()).isEmpty();
    }

    @Test
    void leavesSeveralMigratorsOfTheApplicationsToIt() {
        H2Database other = H2Database.fresh();
        runner.withConfiguration(AutoConfigurations.of(MigrateHealthContributorAutoConfiguration.class))
                .withBean("first", Migrator.class, () -> Migrator.builder().url(other.url(), "sa", "").build())
                .withBean("second", Migrator.class, () -> Migrator.builder().url(other.url(), "sa", "").build())
                .run(context -> assertThat(context).hasNotFailed().doesNotHaveBean(MigrateInitializer.class)
                        .doesNotHaveBean(MigrateHealthIndicator.class));
        assertThat(other.tables()).isEmpty();
    }

    @Test
    void migratesASeparateUrlWithoutTheApplicationsDataSource() {
        H2Database other = H2Database.fresh();
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(MigrateAutoConfiguration.class))
                .withPropertyValues("migrate.url=" + other.url(), "migrate.user=sa", "migrate.password=")
                .run(context -> assertThat(context).hasNotFailed().hasSingleBean(Migrator.class));
        assertThat(other.tables()).containsExactlyElementsOf(MIGRATED);
    }

    @Test
    void aSeparateUrlLeavesTheApplicationsDatabaseAndItsSchemaManagementAlone() {
        H2Database other = H2Database.fresh();
        runner.withPropertyValues("migrate.url=" + other.url(), "migrate.user=sa").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MigrateSchemaManagementProvider.class)
                    .getSchemaManagement(context.getBean(DataSource.class))).isEqualTo(SchemaManagement.UNMANAGED);
        });
        assertThat(other.tables()).containsExactlyElementsOf(MIGRATED);
        assertThat(db.tables()).isEmpty();
    }

    @Test
    void managesTheSchemaOfTheDataSourceItMigrates() {
        runner.run(context -> assertThat(context.getBean(MigrateSchemaManagementProvider.class)
                .getSchemaManagement(context.getBean(DataSource.class))).isEqualTo(SchemaManagement.MANAGED));
    }

    @Test
    void migratesTheApplicationsDatabaseAsAnotherUser() {
        db.execute("CREATE USER owner PASSWORD 'owner-pw' ADMIN");
        runner.withPropertyValues("migrate.user=owner", "migrate.password=owner-pw").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(MigrateSchemaManagementProvider.class)
                    .getSchemaManagement(context.getBean(DataSource.class))).isEqualTo(SchemaManagement.MANAGED);
        });
        assertThat(db.column("SELECT DISTINCT installed_by FROM migrate_history")).containsExactly("OWNER");
        assertThat(db.tables()).containsExactlyElementsOf(MIGRATED);
    }

    @Test
    void migratesTheDataSourceMarkedForIt() {
        H2Database other = H2Database.fresh();
        runner.withUserConfiguration(MarkedDataSource.class).withPropertyValues("test.marked=" + other.url())
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(other.tables()).containsExactlyElementsOf(MIGRATED);
    }

    @Test
    void aStrategyReplacesTheUpgrade() {
        MigrateStrategy checkOnly = migrator -> {
            Check check = Check.run(migrator, null, CommandNames.API);
            if (!check.passed()) {
                throw new IllegalStateException(check.failure());
            }
        };
        runner.withBean(MigrateStrategy.class, () -> checkOnly).run(context -> assertThat(context).hasFailed()
                .getFailure().rootCause().hasMessageContaining("3 pending revision(s) (a1c0ffee0001, b2c0ffee0002,"
                        + " c3c0ffee0003)"));
        assertThat(db.tables()).isEmpty();

        runner.run(context -> assertThat(context).hasNotFailed());
        runner.withBean(MigrateStrategy.class, () -> checkOnly).run(context -> assertThat(context).hasNotFailed());
    }

    @Test
    void aFailingRevisionStopsTheStartWithTheEnginesMessage() {
        // The second revision's table is there already: its CREATE TABLE fails, outside a transaction on H2.
        db.execute("CREATE TABLE tags (x INT)");
        // A table before the first upgrade: allowed, so that the first revision runs and the second fails.
        ApplicationContextRunner allowing = runner.withBean(MigratorBuilderCustomizer.class,
                () -> builder -> builder.allowNonEmptySchema(true));

        allowing.run(context -> assertThat(engineMessage(context.getStartupFailure()))
                .contains(B2).contains("Table \"TAGS\" already exists"));
        allowing.run(context -> assertThat(engineMessage(context.getStartupFailure()))
                .contains(B2).contains("markResolved"));
        assertThat(db.column("SELECT version_num FROM migrate_version")).containsExactly(A1);
    }

    @Test
    void aSchemaMadeBeforeMigrateStopsTheStartUnlessItsTablesAreIgnored() {
        db.execute("CREATE TABLE legacy (x INT)");

        runner.run(context -> assertThat(engineMessage(context.getStartupFailure()))
                .contains("migrate.allow-non-empty-schema=true").contains("migrate.ignored-tables="));
        assertThat(db.tables()).containsExactly("legacy");

        runner.withPropertyValues("migrate.ignored-tables=legacy").run(context -> assertThat(context).hasNotFailed());
        assertThat(db.column("SELECT version_num FROM migrate_version")).isNotEmpty();
    }

    @Test
    void backsUpBeforeAStartUpUpgradeThatHasAnythingToApply(@TempDir Path backups) throws Exception {
        H2Database other = H2Database.fresh();
        ApplicationContextRunner backingUp = runner.withPropertyValues("migrate.url=" + other.url(), "migrate.user=sa",
                "migrate.backup-before-upgrade=true", "migrate.restore-on-failure=true",
                "migrate.backup-directory=" + backups);

        backingUp.run(context -> assertThat(context).hasNotFailed());
        backingUp.run(context -> assertThat(context).hasNotFailed());

        assertThat(other.tables()).containsExactlyElementsOf(MIGRATED);
        try (Stream<Path> files = Files.list(backups)) {
            // One backup, of the empty database: the second start had nothing to apply.
            assertThat(files.map(file -> file.getFileName().toString()))
                    .singleElement().asString().contains("--base--").endsWith(".sql.gz");
        }
        runner.withPropertyValues("migrate.restore-on-failure=true").run(context -> assertThat(engineMessage(
                context.getStartupFailure())).isEqualTo("migrate.restore-on-failure is true, but there is no backup to"
                        + " restore: set migrate.backup-before-upgrade or the environment variable"
                        + " MIGRATE_BACKUP_BEFORE_UPGRADE to true as well"));
        runner.withPropertyValues("migrate.backup-before-upgrade=true").run(context -> assertThat(
                context.getStartupFailure()).rootCause().hasMessageContaining(
                        "migrate.backup-before-upgrade needs migrate.url"));
        assertThat(db.tables()).isEmpty();
    }

    @Test
    void badPropertiesAreNamedAsTheApplicationWritesThem() {
        runner.withPropertyValues("migrate.url=postgresql://db/app").run(context -> assertThat(
                engineMessage(context.getStartupFailure())).contains("migrate.url"));
        runner.withPropertyValues("migrate.version-table=versions", "migrate.history-table=versions")
                .run(context -> assertThat(engineMessage(context.getStartupFailure()))
                        .contains("migrate.version-table").contains("migrate.history-table"));
    }

    @Test
    void customizersAdjustTheBuilder() {
        runner.withBean(MigratorBuilderCustomizer.class, () -> builder -> builder.versionTable("app_versions"))
                .run(context -> assertThat(context).hasNotFailed());
        assertThat(db.tables()).contains("app_versions").doesNotContain("migrate_version");
    }

    @Test
    void jdbcTemplatesWaitForTheMigration() {
        runner.withUserConfiguration(EagerReader.class).run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(EagerReader.NOTES)).isEqualTo(0);
        });
    }

    /** The message of the engine's exception that stopped a start. */
    static String engineMessage(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigrationException) {
                return cause.getMessage();
            }
        }
        throw new AssertionError("no MigrationException in " + failure, failure);
    }

    /** A DataSource for migrations beside the application's. */
    @Configuration(proxyBeanMethods = false)
    static class MarkedDataSource {
        @Bean
        @MigrateDataSource
        DataSource migrationDataSource(org.springframework.core.env.Environment environment) {
            return new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.h2.Driver(),
                    environment.getProperty("test.marked"), "sa", "");
        }

        @Bean
        @org.springframework.context.annotation.Primary
        DataSource dataSource(org.springframework.core.env.Environment environment) {
            return new org.springframework.jdbc.datasource.SimpleDriverDataSource(new org.h2.Driver(),
                    environment.getProperty("spring.datasource.url"), "sa", "");
        }
    }

    /** A JdbcTemplate that reads a migrated table as soon as it exists, as an application's repository might. */
    @Configuration(proxyBeanMethods = false)
    static class EagerReader {
        static final String NOTES = "notesAtStartUp";

        @Bean
        JdbcTemplate jdbcTemplate(DataSource dataSource) {
            return new JdbcTemplate(dataSource);
        }

        @Bean(NOTES)
        Integer notesAtStartUp(JdbcTemplate jdbcTemplate) {
            return jdbcTemplate.queryForObject("SELECT COUNT(*) FROM notes", Integer.class);
        }
    }
}
