package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrate.RevisionInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevisionFormatTest {

    private static final RevisionInfo MERGE = new RevisionInfo("m1", List.of("b2", "c3"), List.of("d4", "e5"),
            List.of("x9"), List.of("shop"), "merge b2 and c3", "db.Merge", false, false);
    private static final RevisionInfo HEAD = new RevisionInfo("d4", List.of("m1"), List.of(), List.of(), List.of(), "",
            "db.D4", true, false);

    @Test
    void aLineCarriesLabelsFlagsAndMessage() {
        assertEquals("m1 (shop) (branchpoint) (mergepoint), merge b2 and c3", RevisionFormat.line(MERGE));
        assertEquals("d4 (head)", RevisionFormat.line(HEAD));
        assertEquals("d4 (head)  [db.D4]", RevisionFormat.withClass(HEAD));
    }

    @Test
    void anEntryIsWhatAlembicShowPrints() {
        assertEquals("""
                Rev: m1 (branchpoint) (mergepoint)
                Merges: b2, c3
                Also depends on: x9
                Branches into: d4, e5
                Branch names: shop
                Class: db.Merge

                    merge b2 and c3""", RevisionFormat.entry(MERGE));
        assertEquals("""
                Rev: d4 (head)
                Parent: m1
                Class: db.D4

                    (no message)""", RevisionFormat.entry(HEAD));
    }

    @Test
    void jsonHasEveryField() {
        assertEquals("[{\"id\":\"d4\",\"revises\":[\"m1\"],\"revisedBy\":[],\"dependsOn\":[],\"branchLabels\":[],"
                + "\"message\":\"\",\"className\":\"db.D4\",\"head\":true,\"branchPoint\":false,\"mergePoint\":false}]",
                RevisionFormat.json(List.of(HEAD)));
    }
}
