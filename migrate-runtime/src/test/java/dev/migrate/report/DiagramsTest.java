package dev.migrate.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.MigrationException;
import dev.migrate.Revisions;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The revision graph as DOT, Mermaid and SVG: a branch point, a merge and a dashed dependency. */
class DiagramsTest {

    private static final Revisions GRAPH = Revisions.of(BranchedIndex.REVISIONS);

    @Test
    void dotDrawsParentsAndDashedDependencies() {
        assertEquals("""
                digraph revisions {
                  rankdir=BT;
                  node [shape=box, fontname="Helvetica"];
                  edge [fontname="Helvetica", fontsize=10];
                  "a1" [label="a1 (shop) (branchpoint)\\ncreate \\"orders\\" in C:\\\\data, café ☕"];
                  "f6" [label="f6 (audit) (head)\\naudit # log", style=bold];
                  "c3" [label="c3\\nindex <orders> 😀"];
                  "b2" [label="b2\\nadd note"];
                  "d4" [label="d4 (mergepoint)\\nmerge b2 and c3"];
                  "e5" [label="e5 (head)", style=bold];
                  "a1" -> "c3";
                  "a1" -> "b2";
                  "b2" -> "d4";
                  "c3" -> "d4";
                  "d4" -> "e5";
                  "f6" -> "e5" [style=dashed, label="depends on"];
                }
                """, Diagrams.dot(GRAPH));
    }

    @Test
    void mermaidDrawsTheSameGraph() {
        assertEquals("""
                flowchart BT
                  r_a1["a1 (shop) (branchpoint)<br/>create #quot;orders#quot; in C:\\data, café ☕"]
                  r_f6["f6 (audit) (head)<br/>audit #35; log"]
                  r_c3["c3<br/>index #lt;orders#gt; 😀"]
                  r_b2["b2<br/>add note"]
                  r_d4["d4 (mergepoint)<br/>merge b2 and c3"]
                  r_e5["e5 (head)"]
                  r_a1 --> r_c3
                  r_a1 --> r_b2
                  r_b2 --> r_d4
                  r_c3 --> r_d4
                  r_d4 --> r_e5
                  r_f6 -. depends on .-> r_e5
                  style r_f6 stroke-width:3px
                  style r_e5 stroke-width:3px
                """, Diagrams.mermaid(GRAPH));
        assertArrayEquals(Diagrams.mermaid(GRAPH).getBytes(StandardCharsets.UTF_8),
                Diagrams.render(GRAPH, DiagramFormat.of("Mermaid")));
    }

    /** Runs the real Graphviz {@code dot}, which .ci/run installs. */
    @Test
    void svgIsDrawnByGraphviz() {
        String svg = new String(Diagrams.render(GRAPH, DiagramFormat.SVG), StandardCharsets.UTF_8);

        assertTrue(svg.contains("<svg"), svg);
        assertTrue(svg.contains("<title>a1&#45;&gt;c3</title>"), svg);
        assertTrue(svg.contains("stroke-dasharray"), "the dependency is dashed: " + svg);
        assertTrue(svg.contains("café ☕"), svg);
    }

    @Test
    void graphvizErrorsAreReported() {
        MigrationException e = assertThrows(MigrationException.class, () -> Diagrams.svg("digraph {"));
        assertTrue(e.getMessage().startsWith("Graphviz's dot failed (exit 1): "), e.getMessage());
    }

    @Test
    void formatsByName() {
        assertEquals(DiagramFormat.DOT, DiagramFormat.of(null));
        assertEquals(DiagramFormat.SVG, DiagramFormat.of("SVG"));
        assertEquals("unknown graph format \"png\"; use dot, mermaid or svg",
                assertThrows(MigrationException.class, () -> DiagramFormat.of("png")).getMessage());
    }
}
