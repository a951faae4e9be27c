package dev.migrate.report;

import static dev.migrate.report.GraphReportsTest.parsed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.IndexClassLoader;
import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import dev.migrate.spi.RevisionIndex;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The reports that read a database: current, history (marks, runs, graph) and check. */
class DatabaseReportsTest {

    private static Migrator migrator(TestDatabase db, Class<? extends RevisionIndex> index) {
        return Migrator.builder().dataSource(db.dataSource()).classLoader(new IndexClassLoader(index)).build();
    }

    /** Removes the parts of a line that differ per run: the time and the duration. */
    private static String untimed(String text) {
        return text.replaceAll("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ", "<time>").replaceAll("in \\d+ ms", "in <n> ms");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void historyMarksAppliedFailedAndRunningRevisionsWithTheirRuns(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = migrator(db, BranchedIndex.class)) {
            migrator.upgrade("d4");
            // What a crashed run and a failed one leave behind: e5 failed, f6 still running.
            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO migrate_history (revision, direction, message, checksum, status, started_at,"
                        + " duration_ms, error, installed_by, in_transaction) VALUES ('e5', 'upgrade', '', 'sum-e5',"
                        + " 'failed', CURRENT_TIMESTAMP, 7, 'boom', 'deployer', TRUE)");
                s.executeUpdate("INSERT INTO migrate_history (revision, direction, message, checksum, status, started_at,"
                        + " duration_ms, error, installed_by, in_transaction) VALUES ('f6', 'upgrade', 'audit # log',"
                        + " 'sum-f6', 'running', CURRENT_TIMESTAMP, 0, NULL, 'deployer', FALSE)");
            }
            String user = migrator.runs().get("a1").installedBy();

            Report report = Reports.history(migrator, null, false, true);

            assertEquals(("""
                    migrate: history (newest first, [x] = applied, [!] = failed, [~] = running)
                    * [!] d4 -> e5 (head)  (upgrade failed <time> by deployer after 7 ms)
                    * [x] b2, c3 -> d4, merge b2 and c3  (applied <time> by USER in <n> ms)
                    |\\
                    * | [x] a1 -> b2, add note  (applied <time> by USER in <n> ms)
                    | * [x] a1 -> c3, index <orders> 😀  (applied <time> by USER in <n> ms)
                    | | * [~] <base> -> f6 (head) (audit), audit # log  (upgrade running since <time> by deployer)
                    |/
                    * [x] <base> -> a1 (shop), create "orders" in C:\\data, café ☕  (applied <time> by USER in <n> ms)""")
                    .replace("USER", user), untimed(report.text()));

            Map<String, Object> json = parsed(report);
            assertNull(json.get("range"));
            List<?> revisions = (List<?>) json.get("revisions");
            assertEquals(List.of("e5", "d4", "b2", "c3", "f6", "a1"),
                    revisions.stream().map(r -> ((Map<?, ?>) r).get("id")).toList());
            assertEquals(List.of("failed", "applied", "applied", "applied", "running", "applied"),
                    revisions.stream().map(r -> ((Map<?, ?>) r).get("state")).toList());
            Map<?, ?> a1 = (Map<?, ?>) revisions.get(5);
            assertEquals(BranchedIndex.A1_MESSAGE, a1.get("message"));
            Map<?, ?> run = (Map<?, ?>) a1.get("lastRun");
            assertEquals("upgrade", run.get("direction"));
            assertEquals("applied", run.get("outcome"));
            assertEquals(user, run.get("installedBy"));
            assertTrue(((String) run.get("startedAt")).endsWith("Z"), run.toString());
            Map<?, ?> e5 = (Map<?, ?>) revisions.get(0);
            assertEquals(List.of("f6"), e5.get("dependsOn"));
            assertEquals(7, ((Map<?, ?>) e5.get("lastRun")).get("durationMs"));
        }
    }

    @Test
    void rangedHistoryDrawsOnlyTheRange() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2); Migrator migrator = migrator(db, BranchedIndex.class)) {
            Report report = Reports.history(migrator, " b2:e5 ", true, true);

            assertEquals("""
                    migrate: history b2:e5 (newest first, [x] = applied, [!] = failed, [~] = running)
                    * [ ] d4 -> e5 (head)  [db.E5] depends on f6
                    * [ ] b2, c3 -> d4, merge b2 and c3  [db.D4]
                    * [ ] a1 -> b2, add note  [db.B2]""", report.text());
            assertEquals("b2:e5", parsed(report).get("range"));
            assertEquals("migrate: history :a1 (newest first, [x] = applied, [!] = failed, [~] = running)\n"
                    + "[ ] <base> -> a1 (shop), create \"orders\" in C:\\data, café ☕",
                    Reports.history(migrator, ":a1", false, false).text());
        }
    }

    @Test
    void currentIsNoneThenTheAppliedRevisions() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2); Migrator migrator = migrator(db, BranchedIndex.class)) {
            assertEquals("migrate: current none (no revision applied)", Reports.current(migrator.current()).text());
            migrator.upgrade("heads");
            Report report = Reports.current(migrator.current());
            assertEquals("migrate: current e5", report.text());
            assertEquals(List.of("e5"), parsed(report).get("current"));
        }
    }

    @Test
    void checkPassesAtHeadsOrAtTheTargetAndFailsBelow() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2); Migrator migrator = migrator(db, BranchedIndex.class)) {
            migrator.upgrade("d4");

            Check behind = Check.run(migrator, null, CommandNames.API);
            assertFalse(behind.passed());
            assertEquals("the database is not up to date: 2 pending revision(s) (f6, e5): run Migrator.upgrade(\"heads\")",
                    behind.failure());
            assertEquals("""
                    migrate: status NOT up to date
                      current: d4
                      pending: f6, e5
                      failed: none
                      changed since applied: none""", behind.report().text());

            Check atTarget = Check.run(migrator, "d4", CommandNames.API);
            assertTrue(atTarget.passed(), atTarget.problems().toString());
            Map<String, Object> json = parsed(atTarget.report());
            assertEquals(true, json.get("passed"));
            assertEquals("d4", json.get("target"));
            assertEquals(List.of("f6", "e5"), json.get("pending"));
            assertEquals(false, json.get("upToDate"));

            Check belowTarget = Check.run(migrator, "e5", CommandNames.API);
            assertEquals(List.of("the database is at d4, not at e5 (e5): run Migrator.upgrade(\"e5\")"),
                    belowTarget.problems());
            assertTrue(belowTarget.report().text().contains("\n  target: e5 (e5) NOT reached\n"),
                    belowTarget.report().text());

            assertEquals("check needs an absolute target, such as a revision id, a branch label or label@head; +1 is a"
                    + " step from the current revisions", assertThrows(MigrationException.class,
                            () -> Check.run(migrator, "+1", CommandNames.API)).getMessage());
            assertTrue(Check.relative("audit@-2") && Check.relative("d4+1") && Check.relative("audit@base+2") && !Check.relative("audit@head"));

            migrator.upgrade("heads");
            assertTrue(Check.run(migrator, null, CommandNames.API).passed());
            assertEquals("""
                    migrate: status up to date
                      current: e5
                      pending: none
                      failed: none
                      changed since applied: none""", Reports.status(migrator.status()).text());
        }
    }

    /** A build without revisions must not pass the release gate: its processor is probably missing. */
    @Test
    void checkFailsWithoutRevisions() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2); Migrator migrator = migrator(db, EmptyIndex.class)) {
            Check check = Check.run(migrator, null, CommandNames.API);

            assertFalse(check.passed());
            assertTrue(check.failure().contains("no revisions found"), check.failure());
            // The text does not call an empty build "up to date" before failing it.
            assertTrue(check.report().text().startsWith("migrate: status: no revisions, neither in this build nor"
                    + " in the database"), check.report().text());
            assertEquals(List.of(check.problems().get(0)), parsed(check.report()).get("problems"));
        }
    }
}
