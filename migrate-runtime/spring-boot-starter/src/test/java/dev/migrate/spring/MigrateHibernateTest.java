package dev.migrate.spring;

import static dev.migrate.spring.TestRevisions.C3;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.LocalContainerEntityManagerFactoryBean;

/**
 * With Hibernate really on the class path and an embedded database: Hibernate's {@code ddl-auto}
 * default is {@code none} where migrate manages the schema, and {@code create-drop} again without
 * migrate, as with Flyway.
 */
class MigrateHibernateTest {

    private final H2Database db = H2Database.fresh();

    private final ApplicationContextRunner runner = db.runner(HibernateJpaAutoConfiguration.class);

    /** The properties Boot hands Hibernate; it leaves {@code hibernate.hbm2ddl.auto} out for {@code none}. */
    private static Map<String, Object> jpaProperties(ApplicationContext context) {
        return context.getBean(LocalContainerEntityManagerFactoryBean.class).getJpaPropertyMap();
    }

    @Test
    void ddlAutoIsNoneWhenMigrateManagesTheSchema() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(jpaProperties(context)).doesNotContainKey("hibernate.hbm2ddl.auto");
        });
        assertThat(db.column("SELECT version_num FROM migrate_version")).containsExactly(C3);
    }

    @Test
    void ddlAutoIsHibernatesEmbeddedDefaultWithMigrateOff() {
        runner.withPropertyValues("migrate.enabled=false").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(jpaProperties(context)).containsEntry("hibernate.hbm2ddl.auto", "create-drop");
        });
    }
}
