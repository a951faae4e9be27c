package dev.migrate.internal.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Allow;
import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.diff.SchemaModel;
import dev.migrate.internal.db.Dialects;
import dev.migrate.lint.EntityMappings;
import dev.migrate.lint.Finding;
import dev.migrate.lint.Rule;
import dev.migrate.lint.Severity;
import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Column;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.spi.RevisionDescriptor;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The rules of tables and columns still mapped by an entity, against a model built by hand. */
class EntityInUseRulesTest {

    private static final SchemaModel MODEL = new SchemaModel(List.of(Table.named("guest")
            .column(Column.of("id", SqlType.BIGINT).notNull())
            .column(Column.of("email", SqlType.varchar(120)).notNull())
            .primaryKey("id")), List.of());

    private static final EntityMappings MAPPINGS = EntityMappings.of(MODEL,
            Map.of("guest", "shop.Guest", "GUEST.EMAIL", "shop.Guest.email"));

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void aDroppedColumnThatAnEntityMapsFails(String dialect) {
        List<Finding> findings = lint(dialect, MAPPINGS, op -> op.dropColumn("guest", "email"));
        assertEquals(List.of(Rule.DROP_COLUMN, Rule.DROP_COLUMN_IN_USE), rules(findings));
        Finding inUse = findings.get(1);
        assertEquals("drops column guest.email, which is still mapped by shop.Guest.email", inUse.message());
        assertEquals("dropColumn(\"guest\", \"email\")", inUse.operation());
        assertTrue(inUse.fails());
        assertTrue(inUse.line() > 0, "the line of the revision's call");
        assertEquals("error [drop-column-in-use] r1 (" + inUse.className() + ", line " + inUse.line()
                + ") dropColumn(\"guest\", \"email\"):"
                + " drops column guest.email, which is still mapped by shop.Guest.email Safely: "
                + Rule.DROP_COLUMN_IN_USE.safely(), inUse.text());
        assertTrue(inUse.text().contains("first stop mapping it in the entity"), inUse.text());
    }

    @Test
    void namesCompareWithoutCaseAsTheDiffComparesThem() {
        assertEquals(List.of(Rule.DROP_COLUMN, Rule.DROP_COLUMN_IN_USE),
                rules(lint("h2", MAPPINGS, op -> op.dropColumn("GUEST", "Email"))));
        assertEquals(List.of(Rule.DROP_COLUMN, Rule.DROP_COLUMN_IN_USE),
                rules(lint("postgresql", MAPPINGS, op -> op.execute("ALTER TABLE \"GUEST\" DROP COLUMN EMAIL"))));
    }

    @Test
    void aColumnOrTableNoEntityMapsIsOnlyTheDropRule() {
        assertEquals(List.of(Rule.DROP_COLUMN), rules(lint("postgresql", MAPPINGS, op -> op.dropColumn("guest",
                "nickname"))));
        assertEquals(List.of(Rule.DROP_COLUMN), rules(lint("postgresql", MAPPINGS, op -> op.dropColumn("hotel",
                "email"))));
        assertEquals(List.of(Rule.DROP_TABLE), rules(lint("postgresql", MAPPINGS, op -> op.dropTable("sessions"))));
    }

    @Test
    void withoutEntitiesTheRulesFindNothing() {
        assertEquals(List.of(Rule.DROP_COLUMN, Rule.DROP_TABLE), rules(lint("postgresql", null, op -> {
            op.dropColumn("guest", "email");
            op.dropTable("guest");
        })));
    }

    @Test
    void renamingAMappedColumnAwayIsInUse() {
        List<Finding> typed = lint("postgresql", MAPPINGS,
                op -> op.alterColumn("guest", AlterColumn.of("email").renameTo("mail")));
        assertEquals(List.of(Rule.RENAME_COLUMN, Rule.DROP_COLUMN_IN_USE), rules(typed));
        assertEquals("renames column guest.email to mail, which is still mapped by shop.Guest.email",
                typed.get(1).message());
        List<Finding> sql = lint("postgresql", MAPPINGS, op -> op.execute("ALTER TABLE guest RENAME COLUMN email TO mail"));
        assertEquals(List.of(Rule.RENAME_COLUMN, Rule.DROP_COLUMN_IN_USE), rules(sql));
        assertEquals("renames column guest.email to mail, which is still mapped by shop.Guest.email",
                sql.get(1).message());
        // The entity maps the new name already: the old one is not in use.
        assertEquals(List.of(Rule.RENAME_COLUMN), rules(lint("postgresql", MAPPINGS,
                op -> op.alterColumn("guest", AlterColumn.of("mail").renameTo("email")))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void aDroppedOrRenamedTableThatAnEntityMapsFails(String dialect) {
        List<Finding> dropped = lint(dialect, MAPPINGS, op -> op.dropTable("guest"));
        assertEquals(List.of(Rule.DROP_TABLE, Rule.DROP_TABLE_IN_USE), rules(dropped));
        assertEquals("drops table guest, which is still mapped by shop.Guest", dropped.get(1).message());
        assertTrue(dropped.get(1).text().startsWith("error [drop-table-in-use] r1 ("), dropped.get(1).text());

        List<Finding> renamed = lint(dialect, MAPPINGS, op -> op.renameTable("guest", "guests"));
        assertEquals(List.of(Rule.RENAME_TABLE, Rule.DROP_TABLE_IN_USE), rules(renamed));
        assertEquals("renames table guest to guests, which is still mapped by shop.Guest", renamed.get(1).message());

        assertEquals(List.of(Rule.DROP_TABLE, Rule.DROP_TABLE_IN_USE),
                rules(lint(dialect, MAPPINGS, op -> op.execute("DROP TABLE guest"))));
    }

    @Test
    void aModelWithoutOwnersStillNamesTheTableAndColumn() {
        List<Finding> findings = lint("postgresql", EntityMappings.of(MODEL), op -> op.dropColumn("guest", "id"));
        assertEquals("drops column guest.id, which is still mapped by an entity", findings.get(1).message());
    }

    @Allow(value = "drop-column", reason = "email moved to contacts in 2.0")
    @Allow(value = "drop-column-in-use", reason = "the 2.1 release maps contacts only")
    static final class DropEmail implements Migration {
        @Override public void upgrade(Ops op) {
            op.dropColumn("guest", "email");
            op.dropTable("guest");
        }
        @Override public void downgrade(Ops op) {}
    }

    @Test
    void allowAcceptsItAndSeveritiesApply() {
        List<Finding> findings = lint("postgresql", Map.of(), MAPPINGS, new DropEmail());
        assertEquals(List.of(Rule.DROP_COLUMN, Rule.DROP_COLUMN_IN_USE, Rule.DROP_TABLE, Rule.DROP_TABLE_IN_USE),
                rules(findings));
        assertTrue(findings.get(1).allowed());
        assertFalse(findings.get(1).fails());
        assertTrue(findings.get(1).text().startsWith("allowed [drop-column-in-use] r1 ("), findings.get(1).text());
        assertTrue(findings.get(1).text().endsWith("Allowed: the 2.1 release maps contacts only"),
                findings.get(1).text());
        assertTrue(findings.get(3).fails(), "another rule is not accepted");

        List<Finding> set = lint("postgresql", Map.of(Rule.DROP_TABLE_IN_USE, Severity.WARN,
                Rule.DROP_COLUMN_IN_USE, Severity.OFF), MAPPINGS, new DropEmail());
        assertEquals(List.of(Rule.DROP_COLUMN, Rule.DROP_TABLE, Rule.DROP_TABLE_IN_USE), rules(set));
        assertEquals(Severity.WARN, set.get(2).severity());
        assertFalse(set.get(2).fails());
    }

    private static List<Rule> rules(List<Finding> findings) {
        return findings.stream().map(Finding::rule).toList();
    }

    private static List<Finding> lint(String dialect, EntityMappings mappings, Consumer<Ops> upgrade) {
        return lint(dialect, Map.of(), mappings, new Migration() {
            @Override public void upgrade(Ops op) {
                upgrade.accept(op);
            }
            @Override public void downgrade(Ops op) {}
        });
    }

    private static List<Finding> lint(String dialect, Map<Rule, Severity> severities, EntityMappings mappings,
            Migration migration) {
        RevisionDescriptor revision = RevisionDescriptor.of("r1", "", "", "", "", true, null,
                migration.getClass().getName());
        return new LintEngine(Dialects.named(dialect), severities, mappings).lint(revision, migration);
    }
}
