package dev.migrate.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.jr.ob.JSON;
import dev.migrate.MigrationException;
import dev.migrate.Revisions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reports on the revision graph alone: heads, branches and show, as text and as JSON read back. */
class GraphReportsTest {

    private static final Revisions GRAPH = Revisions.of(BranchedIndex.REVISIONS);

    static Map<String, Object> parsed(Report report) throws Exception {
        Map<String, Object> json = JSON.std.mapFrom(report.json());
        assertEquals(1, json.get("schemaVersion"));
        return json;
    }

    @Test
    void headsListsEveryHeadWithTheClassWhenVerbose() throws Exception {
        Report report = Reports.heads(GRAPH, true);

        assertEquals("""
                migrate: heads e5, f6
                e5 (head)  [db.E5]
                f6 (audit) (head), audit # log  [db.F6]""", report.text());
        assertEquals("migrate: heads e5, f6", Reports.heads(GRAPH, false).text());
        assertEquals(List.of("e5", "f6"), parsed(report).get("heads"));
    }

    @Test
    void branchesShowsEachBranchPointWithItsBranches() throws Exception {
        Report report = Reports.branches(GRAPH, false);

        assertEquals("""
                migrate: branches (newest first)
                a1 (shop) (branchpoint), create "orders" in C:\\data, café ☕
                   -> b2, add note
                   -> c3, index <orders> 😀""", report.text());
        List<?> points = (List<?>) parsed(report).get("branchPoints");
        Map<?, ?> a1 = (Map<?, ?>) points.get(0);
        assertEquals(1, points.size());
        assertEquals(BranchedIndex.A1_MESSAGE, a1.get("message"));
        assertEquals(List.of("b2", "c3"), a1.get("revisedBy"));
        assertEquals(true, a1.get("branchPoint"));
        assertEquals(List.of("shop"), a1.get("branchLabels"));
    }

    @Test
    void showPrintsARevisionInFull() throws Exception {
        Report report = Reports.show(GRAPH, " d4 ");

        assertEquals("""
                migrate: show d4
                Rev: d4 (mergepoint)
                Merges: b2, c3
                Revised by: e5
                Class: db.D4

                    merge b2 and c3""", report.text());
        Map<?, ?> d4 = (Map<?, ?>) ((List<?>) parsed(report).get("revisions")).get(0);
        assertEquals(Map.ofEntries(Map.entry("id", "d4"), Map.entry("revises", List.of("b2", "c3")),
                Map.entry("revisedBy", List.of("e5")), Map.entry("dependsOn", List.of()),
                Map.entry("branchLabels", List.of()), Map.entry("message", "merge b2 and c3"),
                Map.entry("className", "db.D4"), Map.entry("head", false), Map.entry("branchPoint", false),
                Map.entry("mergePoint", true)), d4);
    }

    @Test
    void showNamesADependency() throws Exception {
        Report report = Reports.show(GRAPH, "e5");

        assertEquals("""
                migrate: show e5
                Rev: e5 (head)
                Parent: d4
                Also depends on: f6
                Class: db.E5

                    (no message)""", report.text());
        List<?> shown = (List<?>) parsed(report).get("revisions");
        assertEquals(List.of("f6"), ((Map<?, ?>) shown.get(0)).get("dependsOn"));
    }

    @Test
    void showNeedsARevisionThatExists() {
        assertEquals("show needs a revision, such as head or a revision id",
                assertThrows(MigrationException.class, () -> Reports.show(GRAPH, " ")).getMessage());
        assertThrows(MigrationException.class, () -> Reports.show(GRAPH, "zz"));
    }

    @Test
    void formatsByName() {
        assertEquals(ReportFormat.JSON, ReportFormat.of(" JSON "));
        assertEquals(ReportFormat.TEXT, ReportFormat.of(null));
        assertEquals("unknown format \"xml\"; use text or json",
                assertThrows(MigrationException.class, () -> ReportFormat.of("xml")).getMessage());
        assertEquals("b", new Report("a", "b").render(ReportFormat.JSON));
    }
}
