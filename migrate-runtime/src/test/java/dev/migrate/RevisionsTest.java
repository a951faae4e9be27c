package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.spi.RevisionDescriptor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The graph without a database. The expectations on the split graph are what Alembic 1.8.1's
 * {@code revision --head/--splice/--depends-on}, {@code branches} and {@code show} do with the
 * same revisions.
 */
class RevisionsTest {

    private static RevisionDescriptor rev(String id, String revises, String dependsOn, String labels) {
        return RevisionDescriptor.of(id, revises, dependsOn, labels, "message of " + id, true, null, "db.R_" + id);
    }

    /** r0000 - r1111, which forks into left (c1111 - c2222) and right (d1111 - d2222). */
    private static final List<RevisionDescriptor> SPLIT = List.of(
            rev("r0000", "", "", ""),
            rev("r1111", "r0000", "", ""),
            rev("c1111", "r1111", "", "left"),
            rev("c2222", "c1111", "", ""),
            rev("d1111", "r1111", "", "right"),
            rev("d2222", "d1111", "", ""));

    private static List<String> ids(List<RevisionInfo> revisions) {
        return revisions.stream().map(RevisionInfo::id).toList();
    }

    @Test
    void describesEachRevisionsPlaceInTheGraph() {
        Revisions revisions = Revisions.of(SPLIT);

        assertEquals(List.of("c2222", "d2222"), revisions.heads());
        assertEquals(List.of("c2222", "c1111", "d2222", "d1111", "r1111", "r0000"), ids(revisions.all()));
        RevisionInfo fork = revisions.get("r111");
        assertEquals(new RevisionInfo("r1111", List.of("r0000"), List.of("c1111", "d1111"), List.of(), List.of(),
                "message of r1111", "db.R_r1111", false, false), fork);
        assertTrue(fork.branchPoint());
        assertFalse(fork.mergePoint());
        assertFalse(fork.base());
        assertTrue(revisions.get("r0000").base());
        assertEquals("c1111", revisions.get("left").id());
        assertEquals("d2222", revisions.get("right@head").id());
        assertTrue(revisions.get("right@head").head());
    }

    @Test
    void givesEachRevisionsChecksumFromTheIndex() {
        Revisions revisions = Revisions.of(List.of(
                RevisionDescriptor.of("a1111", "", "", "", "first", true, "ab12", "db.A"),
                RevisionDescriptor.of("b2222", "a1111", "", "", "second", true, null, "db.B")));

        assertEquals(java.util.Optional.of("ab12"), revisions.checksum("a1111"));
        assertEquals(java.util.Optional.empty(), revisions.checksum("b2222"));
        assertEquals(java.util.Optional.empty(), revisions.checksum("zzzzz"));
    }

    @Test
    void listsTheBranchPointsNewestFirst() {
        List<RevisionDescriptor> twice = new ArrayList<>(SPLIT);
        twice.add(rev("c3333", "c2222", "", ""));
        twice.add(rev("c4444", "c2222", "", ""));
        List<RevisionInfo> points = Revisions.of(twice).branchPoints();

        assertEquals(List.of("c2222", "r1111"), ids(points));
        assertEquals(List.of("c3333", "c4444"), points.get(0).revisedBy());
        assertEquals(List.of("c1111", "d1111"), points.get(1).revisedBy());
    }

    @Test
    void getNeedsExactlyOneRevision() {
        Revisions revisions = Revisions.of(SPLIT);

        assertEquals("Target 'base' stands for no revision; name one: an id or a unique prefix, a branch label,"
                + " head or label@head", assertThrows(MigrationException.class, () -> revisions.get("base")).getMessage());
        assertTrue(assertThrows(MigrationException.class, () -> revisions.get("head")).getMessage()
                .contains("the graph has 2 heads: c2222, d2222"));
        assertTrue(assertThrows(MigrationException.class, () -> revisions.get("nope")).getMessage()
                .startsWith("No revision or branch label is named 'nope'"));
        assertEquals(List.of("c2222", "d2222"), ids(revisions.resolve("heads")));
        assertEquals(List.of(), revisions.resolve("base"));
    }

    @Test
    void parentsAreHeadsAsAlembicRevisionChoosesThem() {
        Revisions revisions = Revisions.of(SPLIT);

        assertEquals(List.of("c2222"), revisions.parentsFor(List.of("left@head"), false));
        assertEquals(List.of("c2222", "d2222"), revisions.parentsFor(List.of("heads"), false));
        assertEquals(List.of("d2222", "c2222"), revisions.parentsFor(List.of("d222", "c2222"), false));
        assertEquals(List.of(), revisions.parentsFor(List.of("base"), false));
        assertTrue(assertThrows(MigrationException.class, () -> revisions.parentsFor(List.of("head"), false))
                .getMessage().contains("ambiguous: the graph has 2 heads"));
        assertEquals("Revision r1111 is not a head: c1111, d1111 already revise(s) it. Build on a head (c2222,"
                + " d2222), or allow a new branch to start at r1111 with splice",
                assertThrows(MigrationException.class, () -> revisions.parentsFor(List.of("r1111"), false)).getMessage());
        assertEquals(List.of("r1111"), revisions.parentsFor(List.of("r1111"), true));
        assertEquals("Revision c2222 is named twice in c2222, left@head; name each parent once",
                assertThrows(MigrationException.class,
                        () -> revisions.parentsFor(List.of("c2222", "left@head"), false)).getMessage());
    }

    @Test
    void theFirstRevisionIsABase() {
        Revisions empty = Revisions.of(List.of());

        assertEquals(List.of(), empty.heads());
        assertEquals(List.of(), empty.all());
        assertEquals(List.of(), empty.parentsFor(List.of("head"), false));
    }

    @Test
    void dependenciesKeepLabelsAndCompleteIds() {
        Revisions revisions = Revisions.of(SPLIT);

        assertEquals(List.of("right", "d1111", "d2222"), revisions.dependencies(List.of("right", "d111", "right@head")));
    }

    @Test
    void aNewRevisionMustKeepTheGraphValid() {
        Revisions revisions = Revisions.of(SPLIT);

        Revisions larger = revisions.with(rev("e1111", "c2222", "right", ""));
        assertEquals(List.of("d2222", "e1111"), larger.heads());
        assertEquals(List.of("c2222", "d2222"), revisions.heads());
        String badId = assertThrows(MigrationException.class, () -> revisions.with(rev("e-1", "c2222", "", "")))
                .getMessage();
        assertTrue(badId.startsWith("The revisions break the graph rules:"), badId);
        assertTrue(badId.contains("Revision id \"e-1\" of db.R_e-1 contains '-'"), badId);
        String takenLabel = assertThrows(MigrationException.class, () -> revisions.with(rev("e1111", "c2222", "", "left")))
                .getMessage();
        assertTrue(takenLabel.contains("Branch label \"left\" is used by both"), takenLabel);
        String unknown = assertThrows(MigrationException.class, () -> Revisions.of(List.of(rev("a1111", "zzz", "", ""))))
                .getMessage();
        assertTrue(unknown.contains("revises \"zzz\", but no revision has that id"), unknown);
    }

    @Test
    void loadsTheCompiledIndexesWithoutADatabase() {
        Revisions revisions = Revisions.load(new IndexClassLoader(ShopIndex.class));

        assertEquals(List.of("c3"), revisions.heads());
        assertEquals(List.of("c3"), revisions.get("b2").revisedBy());
        assertEquals(ShopIndex.Orders.class.getName(), revisions.get("b2").className());
        assertEquals(List.of(), revisions.branchPoints());
    }
}
