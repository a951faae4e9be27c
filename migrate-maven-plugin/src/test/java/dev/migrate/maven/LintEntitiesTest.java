package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.lint.EntityMappings;
import dev.migrate.lint.Finding;
import dev.migrate.lint.LintReport;
import dev.migrate.lint.Linter;
import dev.migrate.lint.Rule;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * migrate:lint's entity rules as a project meets them: entities and revisions compiled with the
 * processor, the entities mapped by Hibernate, and the pending drops linted against them.
 */
class LintEntitiesTest {

    private static final String GUEST = """
            package shop;
            import jakarta.persistence.*;
            @Entity @Table(name = "guest")
            public class Guest {
                @Id @GeneratedValue(strategy = GenerationType.IDENTITY) Long id;
                @Column(nullable = false, length = 120) String email;
                %s
                @Embedded Address address;
                @ElementCollection @CollectionTable(name = "guest_tag") java.util.Set<String> tags;
                @OneToMany(mappedBy = "guest") java.util.List<Booking> bookings;
            }
            """;

    private static final String BOOKING = """
            package shop;
            import jakarta.persistence.*;
            @Entity @Table(name = "booking") @Inheritance(strategy = InheritanceType.JOINED)
            public class Booking {
                @Id Long id;
                @ManyToOne Guest guest;
                @Version int version;
            }
            """;

    private static final String GROUP_BOOKING = """
            package shop;
            import jakarta.persistence.*;
            @Entity @Table(name = "group_booking")
            public class GroupBooking extends Booking {
                int size;
            }
            """;

    private static final String ADDRESS = """
            package shop;
            @jakarta.persistence.Embeddable
            public class Address {
                String city;
            }
            """;

    private static final String CREATE = """
            package db;
            import dev.migrate.*;
            import dev.migrate.schema.*;
            @Revision(id = "000000000001", message = "create guests")
            public final class CreateGuests implements Migration {
                @Override public void upgrade(Ops op) {
                    op.createTable(Table.named("guest").column(Column.of("id", SqlType.BIGINT).notNull())
                            .column(Column.of("email", SqlType.varchar(120)).notNull())
                            .column(Column.of("nickname", SqlType.varchar(255)))
                            .column(Column.of("city", SqlType.varchar(255))).primaryKey("id"));
                }
                @Override public void downgrade(Ops op) { op.dropTable("guest"); }
            }
            """;

    private static final String DROP = """
            package db;
            import dev.migrate.*;
            %s
            @Revision(id = "000000000002", revises = "000000000001", message = "drop nickname")
            public final class DropNickname implements Migration {
                @Override public void upgrade(Ops op) { %s }
                @Override public void downgrade(Ops op) {}
            }
            """;

    private static final String DROP_NICKNAME = "op.dropColumn(\"guest\", \"nickname\");";

    @TempDir
    Path dir;

    private int builds;

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void aPendingRevisionThatDropsAColumnAnEntityMapsFails(String dialect) throws Exception {
        LintReport report = lint(dialect, null, "String nickname;", DROP.formatted("", DROP_NICKNAME));
        assertEquals(List.of(Rule.DROP_COLUMN, Rule.DROP_COLUMN_IN_USE), rules(report));
        Finding inUse = report.findings().get(1);
        assertEquals("error [drop-column-in-use] 000000000002 (db.DropNickname, line 6) dropColumn(\"guest\", \"nickname\"):"
                + " drops column guest.nickname, which is still mapped by shop.Guest.nickname Safely: the entities of"
                + " this build still map the column, so the application fails once it is gone: first stop mapping it"
                + " in the entity (remove the field or mark it @Transient) and release that; drop it in a revision of a"
                + " later release (expand/contract)", inUse.text());
        assertTrue(report.fails());
    }

    @Test
    void noFindingOnceTheEntityNoLongerMapsIt() throws Exception {
        LintReport report = lint("postgresql", null, "", DROP.formatted("", DROP_NICKNAME));
        assertEquals(List.of(Rule.DROP_COLUMN), rules(report), "only the rule every drop meets");
        LintReport transientField = lint("postgresql", null, "@Transient String nickname;",
                DROP.formatted("", DROP_NICKNAME));
        assertEquals(List.of(Rule.DROP_COLUMN), rules(transientField));
    }

    @Test
    void allowAcceptsIt() throws Exception {
        LintReport report = lint("postgresql", null, "String nickname;", DROP.formatted(
                "@Allow(value = \"drop-column\", reason = \"unused since 1.3\")\n@Allow(value = \"drop-column-in-use\","
                        + " reason = \"the field goes in the same release, deployed after the revision\")",
                DROP_NICKNAME));
        assertEquals(List.of(Rule.DROP_COLUMN, Rule.DROP_COLUMN_IN_USE), rules(report));
        assertTrue(report.findings().get(1).text().startsWith("allowed [drop-column-in-use] 000000000002"),
                report.findings().get(1).text());
        assertTrue(report.findings().get(1).text().endsWith(
                "Allowed: the field goes in the same release, deployed after the revision"));
        assertFalse(report.fails());
    }

    @Test
    void columnsOfEmbeddablesAndTablesOfCollectionsNameTheirProperty() throws Exception {
        LintReport report = lint("postgresql", null, "", DROP.formatted("",
                "op.dropColumn(\"guest\", \"city\"); op.dropTable(\"guest_tag\"); op.renameTable(\"guest\", \"guests\");"));
        List<String> inUse = report.findings().stream().filter(f -> f.rule().id().endsWith("-in-use"))
                .map(Finding::message).toList();
        assertEquals(List.of("drops column guest.city, which is still mapped by shop.Guest.address.city",
                "drops table guest_tag, which is still mapped by shop.Guest.tags",
                "renames table guest to guests, which is still mapped by shop.Guest"), inUse);

        LintReport more = lint("postgresql", null, "", DROP.formatted("", "op.dropColumn(\"booking\", \"guest_id\");"
                + " op.dropColumn(\"booking\", \"version\"); op.dropColumn(\"group_booking\", \"id\");"
                + " op.dropColumn(\"group_booking\", \"size\"); op.dropTable(\"group_booking\");"));
        assertEquals(List.of("drops column booking.guest_id, which is still mapped by shop.Booking.guest",
                "drops column booking.version, which is still mapped by shop.Booking.version",
                "drops column group_booking.id, which is still mapped by shop.GroupBooking.id",
                "drops column group_booking.size, which is still mapped by shop.GroupBooking.size",
                "drops table group_booking, which is still mapped by shop.GroupBooking"),
                more.findings().stream().filter(f -> f.rule().id().endsWith("-in-use")).map(Finding::message).toList());
    }

    @Test
    void theDatabaseItselfMapsThemWhenTheGoalReadsIt() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2)) {
            LintReport report = lint("h2", db.dataSource(), "String nickname;", DROP.formatted("", DROP_NICKNAME));
            assertEquals(List.of(Rule.DROP_COLUMN, Rule.DROP_COLUMN_IN_USE), rules(report));
        }
    }

    @Test
    void aProjectWithoutEntitiesHasNoMappings() throws Exception {
        Path classes = EntitySources.compile(dir, Map.of("plain.Thing", "package plain; public class Thing {}"));
        List<String> log = new ArrayList<>();
        assertEquals(Optional.empty(), LintEntities.read(new EntityModel(classes, List.of(classes.toString()), null,
                null), "postgresql", null, log::add));
        assertEquals(List.of(), log);
    }

    private LintReport lint(String dialect, DataSource database, String nickname, String drop) throws Exception {
        Map<String, String> sources = new LinkedHashMap<>();
        sources.put("shop.Guest", GUEST.formatted(nickname));
        sources.put("shop.Address", ADDRESS);
        sources.put("shop.Booking", BOOKING);
        sources.put("shop.GroupBooking", GROUP_BOOKING);
        sources.put("db.CreateGuests", CREATE);
        sources.put("db.DropNickname", drop);
        Path classes = EntitySources.compile(dir.resolve("build" + ++builds), sources,
                "dev.migrate.processor.RevisionProcessor");
        List<String> log = new ArrayList<>();
        EntityMappings mappings = LintEntities.read(new EntityModel(classes, List.of(classes.toString()), null, null),
                dialect, database, log::add).orElseThrow();
        assertEquals(1, log.size(), log.toString());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                LintEntitiesTest.class.getClassLoader())) {
            return Linter.forDialect(dialect, loader).entities(mappings).range("000000000001:heads");
        }
    }

    private static List<Rule> rules(LintReport report) {
        return report.findings().stream().map(Finding::rule).toList();
    }
}
