package dev.migrate.spi;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The packed text of generated indexes: what pack writes, unpack reads back. */
class RevisionDescriptorTest {

    private static final List<RevisionDescriptor> REVISIONS = List.of(
            new RevisionDescriptor("a1", List.of(), List.of(), List.of("core"), "create users", true,
                    "6ff0d2d7cde84c24599dc0160e7aa5738bb0b7b5bab8c8b704a955ad4b21979f", "db.CreateUsers"),
            new RevisionDescriptor("m2", List.of("a1", "b1"), List.of("x9", "billing"), List.of(), "", false, null,
                    "db.Outer$Merge"),
            new RevisionDescriptor("c3", List.of("m2"), List.of(), List.of("l1", "l2"),
                    "tab\there, two\nlines\r\n, a \\ and a \\n, caf\u00e9 \ud83d\ude00", true, "ab", "db.C3"));

    @Test
    void unpackReadsWhatPackWrote() {
        StringBuilder text = new StringBuilder();
        REVISIONS.forEach(r -> text.append(r.pack()));

        assertEquals(REVISIONS, List.of(RevisionDescriptor.unpack(text.toString())));
    }

    @Test
    void chunksMayCutALineAnywhere() {
        StringBuilder text = new StringBuilder();
        REVISIONS.forEach(r -> text.append(r.pack()));
        String all = text.toString();
        for (int cut = 0; cut <= all.length(); cut++) {
            assertArrayEquals(REVISIONS.toArray(), RevisionDescriptor.unpack(all.substring(0, cut), all.substring(cut)),
                    "cut at " + cut);
        }
    }

    @Test
    void oneLinePerRevisionWithTabsBetweenFields() {
        assertEquals("m2\ta1 b1\tx9 billing\t\tf\t\tdb.Outer$Merge\t\n", REVISIONS.get(1).pack());
        assertTrue(REVISIONS.get(2).pack().endsWith("\ttab\there, two\\nlines\r\\n, a \\\\ and a \\\\n, caf\u00e9 \ud83d\ude00\n"));
    }

    @Test
    void badInputIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> RevisionDescriptor.unpack("a1\tnot enough fields\n"));
        RevisionDescriptor spaced = new RevisionDescriptor("a 1", List.of(), List.of(), List.of(), "", true, null, "db.A");
        assertThrows(IllegalArgumentException.class, spaced::pack);
        assertEquals(0, RevisionDescriptor.unpack().length);
    }
}
