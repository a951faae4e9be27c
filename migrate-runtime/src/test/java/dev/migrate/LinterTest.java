package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.migrate.lint.Finding;
import dev.migrate.lint.LintReport;
import dev.migrate.lint.Linter;
import dev.migrate.lint.Rule;
import dev.migrate.lint.Severity;
import dev.migrate.report.Report;
import dev.migrate.report.Reports;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The public lint entry point over a revision index: ranges, pending revisions, severities, the report. */
class LinterTest {

    private static Linter linter(String dialect) {
        return Linter.forDialect(dialect, new IndexClassLoader(LintIndex.class));
    }

    /** The line of LintIndex.java (1-based) where the first upgrade call that starts with {@code call} is. */
    private static int lineOf(String call) throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/java/dev/migrate/LintIndex.java"));
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().startsWith(call)) {
                return i + 1;
            }
        }
        throw new AssertionError("LintIndex.java has no " + call);
    }

    @Test
    void allRevisions() throws IOException {
        LintReport report = linter("postgresql").all();
        assertEquals(List.of("l1", "l2", "l3"), report.revisions());
        assertEquals(List.of(Rule.DROP_COLUMN, Rule.RENAME_COLUMN, Rule.DELETE_WITHOUT_WHERE),
                report.findings().stream().map(Finding::rule).toList());
        assertTrue(report.findings().get(0).allowed());
        assertEquals("dev.migrate.LintIndex$RenameEmail", report.findings().get(1).className());
        assertTrue(report.fails());
        String text = report.text();
        int drop = lineOf("op.dropColumn(");
        assertEquals(List.of(drop, lineOf("op.alterColumn("), lineOf("op.execute(\"DELETE")),
                report.findings().stream().map(Finding::line).toList());
        assertTrue(text.startsWith("allowed [drop-column] l2 (dev.migrate.LintIndex$DropNickname, line " + drop + ")"
                + " dropColumn(\"lint_users\", \"nickname\"): drops column lint_users.nickname"
                + " Allowed: nickname unused since 1.3\n"), text);
        assertTrue(text.endsWith("Linted 3 revisions: 2 errors, 0 other, 1 allowed\n"), text);
    }

    @Test
    void theJsonReportHasEachFindingWithItsLineAndAdvice() throws IOException {
        Report report = Reports.lint(linter("postgresql").all());
        assertTrue(report.text().endsWith("Linted 3 revisions: 2 errors, 0 other, 1 allowed"), report.text());
        Map<String, Object> json = JSON.std.mapFrom(report.json());
        assertEquals(1, json.get("schemaVersion"));
        assertEquals(true, json.get("fails"));
        assertEquals(List.of("l1", "l2", "l3"), json.get("revisions"));
        assertEquals(List.of(2, 0, 1), List.of(json.get("errors"), json.get("other"), json.get("allowed")));
        List<?> findings = (List<?>) json.get("findings");
        assertEquals(3, findings.size());
        Map<String, Object> allowed = new LinkedHashMap<>();
        allowed.put("revision", "l2");
        allowed.put("className", "dev.migrate.LintIndex$DropNickname");
        allowed.put("line", lineOf("op.dropColumn("));
        allowed.put("rule", "drop-column");
        allowed.put("severity", "error");
        allowed.put("level", "allowed");
        allowed.put("fails", false);
        allowed.put("operation", "dropColumn(\"lint_users\", \"nickname\")");
        allowed.put("message", "drops column lint_users.nickname");
        allowed.put("advice", Rule.DROP_COLUMN.safely());
        allowed.put("allowedReason", "nickname unused since 1.3");
        assertEquals(allowed, findings.get(0));
        Map<?, ?> delete = (Map<?, ?>) findings.get(2);
        assertEquals(List.of("delete-without-where", lineOf("op.execute(\"DELETE"), "error", true,
                Rule.DELETE_WITHOUT_WHERE.safely()),
                List.of(delete.get("rule"), delete.get("line"), delete.get("level"), delete.get("fails"),
                        delete.get("advice")));
        assertEquals(null, delete.get("allowedReason"));
    }

    @Test
    void projectSeveritiesFromTheConfiguration() {
        MigrateConfig config = MigrateConfig.builder().environment(Map.of())
                .set(ConfigKey.LINT_RULES, "rename-column=warn,delete-without-where=off").build();
        LintReport report = Linter.forConfig(config, new IndexClassLoader(LintIndex.class))
                .severity("drop-column", Severity.OFF).all();
        assertEquals(List.of(Rule.RENAME_COLUMN), report.findings().stream().map(Finding::rule).toList());
        assertEquals(Severity.WARN, report.findings().get(0).severity());
        assertFalse(report.fails());
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

    /** History shows each revision's accepted findings from the index; the database records none. */
    @Test
    void historyShowsTheAllowedFindings() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2);
                Migrator migrator = Migrator.builder().dataSource(db.dataSource())
                        .classLoader(new IndexClassLoader(LintIndex.class)).build()) {
            migrator.upgrade("l2");
            Report history = Reports.history(migrator, null, false, false);
            List<String> lines = history.text().lines().toList();
            assertTrue(lines.get(1).startsWith("[ ] l2 -> l3 (head), revision l3"), history.text());
            assertFalse(lines.get(1).contains("allowed"), history.text());
            assertTrue(lines.get(2).startsWith("[x] l1 -> l2, revision l2  (applied "), history.text());
            assertTrue(lines.get(2).endsWith(" ms)  (allowed drop-column: nickname unused since 1.3)"), history.text());

            List<?> revisions = (List<?>) JSON.std.mapFrom(history.json()).get("revisions");
            assertEquals(List.of(), ((Map<?, ?>) revisions.get(0)).get("allowed"));
            assertEquals(List.of(Map.of("rule", "drop-column", "reason", "nickname unused since 1.3")),
                    ((Map<?, ?>) revisions.get(1)).get("allowed"));
        }
    }

    /** Already-applied revisions are not linted: only the pending ones of the database. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = {"POSTGRESQL", "MYSQL"})
    void pendingRevisionsOnly(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = Migrator.builder().dataSource(db.dataSource())
                        .classLoader(new IndexClassLoader(LintIndex.class)).build()) {
            migrator.upgrade("l2");
            String dialect = kind == DatabaseKind.POSTGRESQL ? "postgresql" : "mysql";
            LintReport report = linter(dialect).pending(migrator);
            assertEquals(List.of("l3"), report.revisions());
            // MySQL commits the rename before the DELETE runs: a failure leaves the revision half-applied.
            List<Rule> expected = kind == DatabaseKind.POSTGRESQL
                    ? List.of(Rule.RENAME_COLUMN, Rule.DELETE_WITHOUT_WHERE)
                    : List.of(Rule.RENAME_COLUMN, Rule.DELETE_WITHOUT_WHERE, Rule.MIXED_DDL_AND_DATA);
            assertEquals(expected, report.findings().stream().map(Finding::rule).toList());
        }
    }
}
