package dev.migrate.spring;

import static dev.migrate.spring.TestRevisions.A1;
import static dev.migrate.spring.TestRevisions.B2;
import static dev.migrate.spring.TestRevisions.C3;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.migrate.spring.MigrateEndpoint.MigratorDescriptor;
import dev.migrate.spring.WritableMigrateEndpoint.Result;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.endpoint.InvalidEndpointRequestException;
import org.springframework.boot.actuate.endpoint.web.WebEndpointResponse;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** The endpoint's shape, and its write operations only when they are enabled. */
class MigrateEndpointTest {

    private final H2Database db = H2Database.fresh();

    private final ApplicationContextRunner runner = db.runner(MigrateEndpointAutoConfiguration.class)
            .withPropertyValues("management.endpoints.web.exposure.include=migrate");

    private static MigratorDescriptor migrator(AssertableApplicationContext context) {
        return context.getBean(MigrateEndpoint.class).migrateBeans().contexts().get(context.getId()).migrateBeans()
                .get("migrator");
    }

    @Test
    void describesEachRevisionLikeTheFlywayEndpoint() {
        runner.withPropertyValues("migrate.target=" + B2).run(context -> {
            MigratorDescriptor migrator = migrator(context);
            assertThat(migrator.heads()).containsExactly(C3);
            assertThat(migrator.current()).containsExactly(B2);
            assertThat(migrator.ahead()).isEmpty();
            assertThat(migrator.revisions()).extracting(RevisionState::id).containsExactly(C3, B2, A1);
            assertThat(migrator.revisions()).extracting(RevisionState::state).containsExactly("pending", "applied", "applied");
            RevisionState tags = migrator.revisions().get(1);
            assertThat(tags.parents()).containsExactly(A1);
            assertThat(tags.message()).isEqualTo("create tags");
            assertThat(tags.checksum()).matches("[0-9a-f]{64}");
            assertThat(tags.installedOn()).isNotNull();
            assertThat(tags.installedBy()).isEqualToIgnoringCase("sa");
            assertThat(tags.executionTime()).isNotNull().isNotNegative();
            RevisionState pending = migrator.revisions().get(0);
            assertThat(pending.installedOn()).isNull();
            assertThat(pending.executionTime()).isNull();
            assertThat(pending.allowed()).containsExactly(
                    new RevisionState.Allowed("index-not-concurrent", "tags holds a few hundred rows"));
            assertThat(tags.allowed()).isEmpty();
        });
    }

    @Test
    void isReadOnlyByDefault() {
        runner.run(context -> assertThat(context).hasNotFailed().getBean(MigrateEndpoint.class)
                .isExactlyInstanceOf(MigrateEndpoint.class));
    }

    @Test
    void isAbsentUnlessExposed() {
        runner.withPropertyValues("management.endpoints.web.exposure.include=health").run(context -> assertThat(context)
                .hasNotFailed().doesNotHaveBean(MigrateEndpoint.class));
    }

    @Test
    void writeOperationsUpgradeDowngradeAndWriteTheSql() {
        runner.withPropertyValues("migrate.endpoint.write-operations=true").run(context -> {
            WritableMigrateEndpoint endpoint = context.getBean(WritableMigrateEndpoint.class);

            assertThat(endpoint.run("downgrade", "-2", null).getBody()).isEqualTo(new Result("downgrade", "-2",
                    List.of(C3, B2), null));
            assertThat(db.column("SELECT version_num FROM migrate_version")).containsExactly(A1);

            Result dryRun = (Result) endpoint.run("dry-run", null, null).getBody();
            assertThat(dryRun.target()).isEqualTo("heads");
            assertThat(dryRun.sql()).contains("CREATE TABLE tags").contains("CREATE INDEX tags_by_tag");
            assertThat(db.tables()).doesNotContain("tags");

            Result down = (Result) endpoint.run("dry-run", "base", "downgrade").getBody();
            assertThat(down.sql()).contains("DROP TABLE notes");

            assertThat(endpoint.run("upgrade", null, null).getBody()).isEqualTo(new Result("upgrade", "heads",
                    List.of(B2, C3), null));
            assertThat(db.column("SELECT version_num FROM migrate_version")).containsExactly(C3);
        });
    }

    @Test
    void writeOperationsRefuseWhatTheEngineRefusesAndBadRequests() {
        runner.withPropertyValues("migrate.endpoint.write-operations=true").run(context -> {
            WritableMigrateEndpoint endpoint = context.getBean(WritableMigrateEndpoint.class);

            WebEndpointResponse<Object> refused = endpoint.run("upgrade", "nosuchrevision", null);
            assertThat(refused.getStatus()).isEqualTo(409);
            assertThat(((Map<?, ?>) refused.getBody()).get("error")).asString().contains("nosuchrevision");
            assertThatThrownBy(() -> endpoint.run("downgrade", null, null))
                    .isInstanceOf(InvalidEndpointRequestException.class).hasMessageContaining("needs a target");
            assertThatThrownBy(() -> endpoint.run("stamp", "heads", null))
                    .isInstanceOf(InvalidEndpointRequestException.class).hasMessageContaining("unknown operation stamp");
        });
    }
}
