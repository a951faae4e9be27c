package dev.migrate.internal.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Allow;
import dev.migrate.Migration;
import dev.migrate.Ops;
import dev.migrate.internal.db.Dialects;
import dev.migrate.lint.Finding;
import dev.migrate.lint.LintReport;
import dev.migrate.lint.Rule;
import dev.migrate.lint.Severity;
import dev.migrate.schema.AlterColumn;
import dev.migrate.schema.Check;
import dev.migrate.schema.Column;
import dev.migrate.schema.ForeignKey;
import dev.migrate.schema.Index;
import dev.migrate.schema.SqlType;
import dev.migrate.schema.Table;
import dev.migrate.spi.RevisionDescriptor;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One revision per rule, recorded against each dialect's offline renderer where the rule applies. */
class LintRulesTest {

    private static final Column EMAIL = Column.of("email", SqlType.varchar(255)).notNull();

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void dropTable(String dialect) {
        Finding finding = only(dialect, op -> op.dropTable("sessions"));
        assertFinding(finding, Rule.DROP_TABLE, "dropTable(\"sessions\")", "drops table sessions");
        assertTrue(finding.text().startsWith("error [drop-table] r1 ("), finding.text());
        assertTrue(finding.text().contains("Safely: stop using the table in the code"), finding.text());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void dropColumn(String dialect) {
        assertFinding(only(dialect, op -> op.dropColumn("users", "nickname")), Rule.DROP_COLUMN,
                "dropColumn(\"users\", \"nickname\")", "drops column users.nickname");
        assertFinding(only(dialect, op -> op.execute("ALTER TABLE users DROP COLUMN nickname")), Rule.DROP_COLUMN,
                "ALTER TABLE users DROP COLUMN nickname", "drops column users.nickname");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void deleteWithoutWhereInPlainSql(String dialect) {
        assertFinding(only(dialect, op -> op.execute("DELETE FROM sessions")), Rule.DELETE_WITHOUT_WHERE,
                "DELETE FROM sessions", "DELETE without WHERE empties table sessions");
        assertEquals(List.of(), lint(dialect, op -> op.execute("DELETE FROM sessions WHERE expires < CURRENT_DATE")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "h2"})
    void deleteWithoutWhereInScript(String dialect) {
        assertFinding(only(dialect, op -> op.executeScript("cleanup.sql")), Rule.DELETE_WITHOUT_WHERE,
                "DELETE FROM sessions", "DELETE without WHERE empties table sessions");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void truncate(String dialect) {
        assertFinding(only(dialect, op -> op.execute("TRUNCATE TABLE audit_log;")), Rule.TRUNCATE,
                "TRUNCATE TABLE audit_log", "TRUNCATE empties table audit_log");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void renameTable(String dialect) {
        assertFinding(only(dialect, op -> op.renameTable("users", "accounts")), Rule.RENAME_TABLE,
                "renameTable(\"users\", \"accounts\")", "renames table users to accounts");
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void renameColumn(String dialect) {
        assertFinding(only(dialect, op -> op.alterColumn("users", AlterColumn.of("email").renameTo("mail"))),
                Rule.RENAME_COLUMN, "alterColumn(\"users\", \"email\")", "renames column users.email to mail");
        assertFinding(only(dialect, op -> op.execute("ALTER TABLE users RENAME COLUMN email TO mail")),
                Rule.RENAME_COLUMN, "ALTER TABLE users RENAME COLUMN email TO mail", "renames column users.email to mail");
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "h2"})
    void narrowingType(String dialect) {
        assertFinding(only(dialect, op -> op.alterColumn("users", AlterColumn.of(EMAIL).type(SqlType.varchar(100)))),
                Rule.NARROWING_TYPE, "alterColumn(\"users\", \"email\")",
                "narrows column users.email from varchar(255) to varchar(100)");
        assertEquals(List.of(), lint(dialect, op -> op.alterColumn("users", AlterColumn.of(EMAIL)
                .type(SqlType.varchar(320)))));
    }

    @Test
    void narrowingOnPostgresRewritesToo() {
        List<Finding> findings = lint("postgresql", op -> op.alterColumn("orders",
                AlterColumn.of(Column.of("total", SqlType.BIGINT)).type(SqlType.INTEGER)));
        assertEquals(List.of(Rule.NARROWING_TYPE, Rule.TYPE_REWRITE), findings.stream().map(Finding::rule).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void notNullWithoutDefault(String dialect) {
        assertFinding(only(dialect, op -> op.addColumn("users", Column.of("locale", SqlType.varchar(10)).notNull())),
                Rule.NOT_NULL_WITHOUT_DEFAULT, "addColumn(\"users\", \"locale\")",
                "adds a NOT NULL column without a default to existing table users");
        assertFinding(only(dialect, op -> op.alterColumn("users", AlterColumn.of(EMAIL.nullable(true)).nullable(false))),
                Rule.NOT_NULL_WITHOUT_DEFAULT, "alterColumn(\"users\", \"email\")", "makes column users.email NOT NULL");
        // With a default, or on a table of the same revision, there is no row to fail.
        assertEquals(List.of(), lint(dialect, op -> op.addColumn("users",
                Column.of("locale", SqlType.varchar(10)).notNull().defaultValue("en"))));
        assertEquals(List.of(), lint(dialect, op -> {
            op.createTable(Table.named("prefs").column(Column.of("id", SqlType.BIGINT)).primaryKey("id"));
            op.addColumn("prefs", Column.of("locale", SqlType.varchar(10)).notNull());
        }));
    }

    @Test
    void indexNotConcurrentOnPostgres() {
        assertFinding(only("postgresql", op -> op.createIndex(Index.of("ix_users_email", "users", "email"))),
                Rule.INDEX_NOT_CONCURRENT, "createIndex(\"ix_users_email\")",
                "builds an index on existing table users without CONCURRENTLY");
        assertFinding(only("postgresql", op -> op.execute("CREATE INDEX ix_users_email ON users (email)")),
                Rule.INDEX_NOT_CONCURRENT, "CREATE INDEX ix_users_email ON users (email)",
                "builds an index on existing table users without CONCURRENTLY");
        assertEquals(List.of(), lint("postgresql", false,
                op -> op.createIndex(Index.of("ix_users_email", "users", "email").concurrently())));
        assertEquals(List.of(), lint("postgresql", false,
                op -> op.execute("CREATE INDEX CONCURRENTLY ix_users_email ON users (email)")));
        assertEquals(List.of(), lint("postgresql", op -> {
            op.createTable(Table.named("tags").column(Column.of("name", SqlType.TEXT)));
            op.createIndex(Index.of("ix_tags_name", "tags", "name"));
        }));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "h2"})
    void indexesLockOnlyOnPostgres(String dialect) {
        assertEquals(List.of(), lint(dialect, op -> op.createIndex(Index.of("ix_users_email", "users", "email"))));
    }

    @Test
    void constraintNotValidOnPostgres() {
        assertFinding(only("postgresql", op -> op.addForeignKey("orders", ForeignKey.of("user_id", "users", "id"))),
                Rule.CONSTRAINT_NOT_VALID, "addForeignKey(\"orders\", \"user_id\")",
                "adds a foreign key to existing table orders without NOT VALID");
        Finding check = only("postgresql", op -> op.addCheck("orders", Check.of("ck_total", "total >= 0")));
        assertFinding(check, Rule.CONSTRAINT_NOT_VALID, "addCheck(\"orders\", \"ck_total\")",
                "adds a check to existing table orders without NOT VALID");
        assertTrue(check.text().contains("VALIDATE CONSTRAINT"), check.text());
        assertEquals(List.of(), lint("postgresql", op -> op.execute("ALTER TABLE orders ADD CONSTRAINT fk_orders_user"
                + " FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID")));
        assertEquals(List.of(), lint("mysql", op -> op.addForeignKey("orders", ForeignKey.of("user_id", "users", "id"))));
    }

    @Test
    void typeRewriteOnPostgres() {
        assertFinding(only("postgresql", op -> op.alterColumn("users", AlterColumn.of(Column.of("age", SqlType.varchar(3)))
                .type(SqlType.INTEGER).using("age::integer"))), Rule.TYPE_REWRITE, "alterColumn(\"users\", \"age\")",
                "changes column users.age from varchar(3) to integer, which rewrites the table on PostgreSQL");
        assertEquals(List.of(), lint("postgresql", op -> op.alterColumn("users", AlterColumn.of(EMAIL)
                .type(SqlType.TEXT))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"mysql", "mariadb"})
    void mixedDdlAndDataOnMySql(String dialect) {
        Consumer<Ops> upgrade = op -> {
            op.addColumn("users", Column.of("locale", SqlType.varchar(10)));
            op.execute("UPDATE users SET locale = 'en'");
        };
        assertFinding(only(dialect, upgrade), Rule.MIXED_DDL_AND_DATA, "UPDATE users SET locale = 'en'",
                "changes data and the schema (addColumn(\"users\", \"locale\")) in one revision");
        assertEquals(List.of(), lint("postgresql", upgrade));
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql", "h2"})
    void unparseableSqlIsUnchecked(String dialect) {
        Finding finding = only(dialect, op -> op.execute("FROBNICATE THE users TABLE"));
        assertEquals(Rule.UNCHECKED, finding.rule());
        assertEquals(Severity.WARN, finding.severity());
        assertEquals("FROBNICATE THE users TABLE", finding.operation());
        assertTrue(finding.message().startsWith("the SQL could not be parsed ("), finding.message());
        assertTrue(finding.message().endsWith("), so no rule checked it"), finding.message());
    }

    @Test
    void aDataMigrationOnTheConnectionIsCheckedUpToThere() {
        List<Finding> findings = lint("postgresql", op -> {
            op.dropColumn("users", "nickname");
            try {
                op.connection().createStatement();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        assertEquals(List.of(Rule.DROP_COLUMN, Rule.UNCHECKED), findings.stream().map(Finding::rule).toList());
        assertTrue(findings.get(1).message().startsWith("lint stopped where the upgrade failed offline ("),
                findings.get(1).message());
    }

    @Allow(value = "drop-column", reason = "nickname unused since 1.3")
    static final class DropNickname implements Migration {
        @Override public void upgrade(Ops op) {
            op.dropColumn("users", "nickname");
            op.dropTable("sessions");
        }
        @Override public void downgrade(Ops op) {}
    }

    @Test
    void allowAcceptsOneRule() {
        List<Finding> findings = lint("postgresql", Map.of(), true, new DropNickname());
        assertEquals(2, findings.size());
        assertTrue(findings.get(0).allowed());
        assertFalse(findings.get(0).fails());
        assertEquals("nickname unused since 1.3", findings.get(0).allowedReason());
        assertTrue(findings.get(0).text().startsWith("allowed [drop-column] r1 ("), findings.get(0).text());
        assertTrue(findings.get(0).text().endsWith("Allowed: nickname unused since 1.3"), findings.get(0).text());
        assertNull(findings.get(1).allowedReason());
        assertTrue(findings.get(1).fails());
        assertTrue(new LintReport(List.of("r1"), findings).fails());
        assertFalse(new LintReport(List.of("r1"), findings.subList(0, 1)).fails());
    }

    @Allow(value = " Drop-Table", reason = "sessions moved to the cache")
    static final class DropSessions implements Migration {
        @Override public void upgrade(Ops op) {
            op.dropTable("sessions");
        }
        @Override public void downgrade(Ops op) {}
    }

    @Test
    void allowMatchesTheRuleInAnyCase() {
        Finding finding = lint("postgresql", Map.of(), true, new DropSessions()).get(0);
        assertEquals("sessions moved to the cache", finding.allowedReason());
        assertFalse(finding.fails());
    }

    @Test
    void projectSeverities() {
        Migration rename = migration(op -> op.renameTable("users", "accounts"));
        Finding warned = lint("postgresql", Map.of(Rule.RENAME_TABLE, Severity.WARN), true, rename).get(0);
        assertEquals(Severity.WARN, warned.severity());
        assertFalse(warned.fails());
        assertTrue(warned.text().startsWith("warn [rename-table]"), warned.text());
        assertEquals(List.of(), lint("postgresql", Map.of(Rule.RENAME_TABLE, Severity.OFF), true, rename));
    }

    private static void assertFinding(Finding finding, Rule rule, String operation, String message) {
        assertEquals(rule, finding.rule());
        assertEquals(operation, finding.operation());
        assertEquals(message, finding.message());
        assertEquals("r1", finding.revision());
        assertTrue(finding.text().contains("[" + rule.id() + "]") && finding.text().contains(rule.safely()),
                finding.text());
    }

    private static Finding only(String dialect, Consumer<Ops> upgrade) {
        List<Finding> findings = lint(dialect, upgrade);
        assertEquals(1, findings.size(), findings.toString());
        return findings.get(0);
    }

    private static List<Finding> lint(String dialect, Consumer<Ops> upgrade) {
        return lint(dialect, true, upgrade);
    }

    private static List<Finding> lint(String dialect, boolean transactional, Consumer<Ops> upgrade) {
        return lint(dialect, Map.of(), transactional, migration(upgrade));
    }

    private static List<Finding> lint(String dialect, Map<Rule, Severity> severities, boolean transactional,
            Migration migration) {
        RevisionDescriptor revision = RevisionDescriptor.of("r1", "", "", "", "", transactional, null,
                migration.getClass().getName());
        return new LintEngine(Dialects.named(dialect), severities).lint(revision, migration);
    }

    /** A revision whose class is this test's, so that its scripts are read next to it. */
    private static Migration migration(Consumer<Ops> upgrade) {
        return new Migration() {
            @Override public void upgrade(Ops op) {
                upgrade.accept(op);
            }
            @Override public void downgrade(Ops op) {}
        };
    }
}
