package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.lint.Finding;
import dev.migrate.lint.LintReport;
import dev.migrate.lint.Linter;
import dev.migrate.lint.Rule;
import dev.migrate.lint.Severity;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The public lint entry point over a revision index: ranges, pending revisions, severities, the report. */
class LinterTest {

    private static Linter linter(String dialect) {
        return Linter.forDialect(dialect, new IndexClassLoader(LintIndex.class));
    }

    @Test
    void allRevisions() {
        LintReport report = linter("postgresql").all();
        assertEquals(List.of("l1", "l2", "l3"), report.revisions());
        assertEquals(List.of(Rule.DROP_COLUMN, Rule.RENAME_COLUMN, Rule.DELETE_WITHOUT_WHERE),
                report.findings().stream().map(Finding::rule).toList());
        assertTrue(report.findings().get(0).allowed());
        assertEquals("dev.migrate.LintIndex$RenameEmail", report.findings().get(1).className());
        assertTrue(report.fails());
        String text = report.text();
        assertTrue(text.startsWith("allowed [drop-column] l2 (dev.migrate.LintIndex$DropNickname)"
                + " dropColumn(\"lint_users\", \"nickname\"): drops column lint_users.nickname"
                + " Allowed: nickname unused since 1.3\n"), text);
        assertTrue(text.endsWith("Linted 3 revisions: 2 errors, 0 other, 1 allowed\n"), text);
    }

    @Test
    void aRangeAndProjectSeverities() {
        LintReport report = linter("postgresql").severity("rename-column, delete-without-where", Severity.WARN).range("l2:heads");
        assertEquals(List.of("l3"), report.revisions());
        assertFalse(report.fails());
        assertTrue(report.text().endsWith("Linted 1 revision: 0 errors, 2 other, 0 allowed\n"), report.text());
    }

    @Test
    void anUnknownRuleNamesTheRules() {
        MigrationException e = assertThrows(MigrationException.class,
                () -> linter("h2").severity("drop-colum", Severity.WARN));
        assertTrue(e.getMessage().startsWith("Unknown lint rule \"drop-colum\"; give one of drop-table, drop-column,"),
                e.getMessage());
    }

    @Test
    void dialectOfAUrl() {
        assertEquals(Optional.of("postgresql"), Linter.dialectOf("jdbc:postgresql://db:5432/app"));
        assertEquals(Optional.of("mariadb"), Linter.dialectOf("JDBC:MARIADB://db/app"));
        assertEquals(Optional.empty(), Linter.dialectOf("jdbc:sqlserver://db"));
    }

    /** Already-applied revisions are not linted: only the pending ones of the database. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MYSQL"})
    void pendingRevisionsOnly(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = Migrator.builder().dataSource(db.dataSource())
                        .classLoader(new IndexClassLoader(LintIndex.class)).build()) {
            migrator.upgrade("l2");
            List<String> pending = migrator.status().pending();
            String dialect = kind == DatabaseKind.POSTGRESQL ? "postgresql" : "mysql";
            LintReport report = linter(dialect).revisions(pending);
            assertEquals(List.of("l3"), report.revisions());
            // MySQL commits the rename before the DELETE runs: a failure leaves the revision half-applied.
            List<Rule> expected = kind == DatabaseKind.POSTGRESQL
                    ? List.of(Rule.RENAME_COLUMN, Rule.DELETE_WITHOUT_WHERE)
                    : List.of(Rule.RENAME_COLUMN, Rule.DELETE_WITHOUT_WHERE, Rule.MIXED_DDL_AND_DATA);
            assertEquals(expected, report.findings().stream().map(Finding::rule).toList());
        }
    }
}
