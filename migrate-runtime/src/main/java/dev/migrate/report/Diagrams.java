package dev.migrate.report;

import dev.migrate.MigrationException;
import dev.migrate.RevisionInfo;
import dev.migrate.Revisions;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The revision graph as a picture: DOT for Graphviz, a Mermaid flowchart, or SVG. Each revision is
 * a box with its id, flags and message, bases at the bottom and heads at the top; an edge goes
 * from a parent to the revision that revises it, and a dashed edge from a dependency ({@code
 * dependsOn}) to the revision that needs it. The output is deterministic: the same graph gives
 * the same text.
 */
public final class Diagrams {

    private Diagrams() {}

    /**
     * The graph in the format asked for.
     *
     * @param revisions the graph
     * @param format the picture's format
     * @return the picture's bytes, UTF-8 text for every format
     * @throws MigrationException for SVG when Graphviz's {@code dot} is missing or fails
     */
    public static byte[] render(Revisions revisions, DiagramFormat format) {
        return switch (format) {
            case DOT -> dot(revisions).getBytes(StandardCharsets.UTF_8);
            case MERMAID -> mermaid(revisions).getBytes(StandardCharsets.UTF_8);
            case SVG -> svg(dot(revisions));
        };
    }

    /**
     * The graph as Graphviz DOT.
     *
     * @param revisions the graph
     * @return a {@code digraph}, one statement a line
     */
    public static String dot(Revisions revisions) {
        StringBuilder out = new StringBuilder("digraph revisions {\n")
                .append("  rankdir=BT;\n")
                .append("  node [shape=box, fontname=\"Helvetica\"];\n")
                .append("  edge [fontname=\"Helvetica\", fontsize=10];\n");
        List<RevisionInfo> all = oldestFirst(revisions);
        for (RevisionInfo r : all) {
            out.append("  ").append(dotId(r.id())).append(" [label=\"").append(label(r, "\\n", Diagrams::dotText)).append('"')
                    .append(r.head() ? ", style=bold" : "").append("];\n");
        }
        for (RevisionInfo r : all) {
            for (String parent : r.revises()) {
                out.append("  ").append(dotId(parent)).append(" -> ").append(dotId(r.id())).append(";\n");
            }
            for (String dependency : r.dependsOn()) {
                out.append("  ").append(dotId(revisions.get(dependency).id())).append(" -> ").append(dotId(r.id()))
                        .append(" [style=dashed, label=").append(dotString("depends on")).append("];\n");
            }
        }
        return out.append("}\n").toString();
    }

    /**
     * The graph as a Mermaid flowchart.
     *
     * @param revisions the graph
     * @return a {@code flowchart BT}, one statement a line
     */
    public static String mermaid(Revisions revisions) {
        StringBuilder out = new StringBuilder("flowchart BT\n");
        List<RevisionInfo> all = oldestFirst(revisions);
        for (RevisionInfo r : all) {
            out.append("  ").append(mermaidId(r.id())).append("[\"").append(label(r, "<br/>", Diagrams::mermaidText))
                    .append("\"]\n");
        }
        for (RevisionInfo r : all) {
            for (String parent : r.revises()) {
                out.append("  ").append(mermaidId(parent)).append(" --> ").append(mermaidId(r.id())).append('\n');
            }
            for (String dependency : r.dependsOn()) {
                out.append("  ").append(mermaidId(revisions.get(dependency).id())).append(" -. depends on .-> ")
                        .append(mermaidId(r.id())).append('\n');
            }
        }
        for (RevisionInfo r : all) {
            if (r.head()) {
                out.append("  style ").append(mermaidId(r.id())).append(" stroke-width:3px\n");
            }
        }
        return out.toString();
    }

    /**
     * Runs Graphviz's {@code dot -Tsvg} over DOT text.
     *
     * @param dot the DOT text, as {@link #dot} writes it
     * @return the SVG document
     * @throws MigrationException when {@code dot} is not on the PATH (saying to install Graphviz or
     *     to write DOT instead) or fails
     */
    public static byte[] svg(String dot) {
        Process process;
        try {
            process = new ProcessBuilder("dot", "-Tsvg").start();
        } catch (IOException e) {
            throw new MigrationException("format svg runs Graphviz's dot, which is not on the PATH: install"
                    + " graphviz (apt-get install graphviz, brew install graphviz, choco install graphviz), or use"
                    + " format dot and draw it elsewhere", e);
        }
        try {
            try (OutputStream in = process.getOutputStream()) {
                in.write(dot.getBytes(StandardCharsets.UTF_8));
            }
            // The graph is small; dot writes its SVG after reading all of it, so reading in turn cannot block.
            byte[] svg = process.getInputStream().readAllBytes();
            String errors = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            int exit = process.waitFor();
            if (exit != 0) {
                throw new MigrationException("Graphviz's dot failed (exit " + exit + "): " + errors);
            }
            return svg;
        } catch (IOException e) {
            throw new MigrationException("cannot run Graphviz's dot: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("interrupted while Graphviz's dot ran", e);
        } finally {
            process.destroy();
        }
    }

    private static List<RevisionInfo> oldestFirst(Revisions revisions) {
        List<RevisionInfo> all = new ArrayList<>(revisions.all());
        Collections.reverse(all);
        return all;
    }

    /** The id with its labels and flags, then the message on the next line, each escaped. */
    private static String label(RevisionInfo r, String lineBreak, UnaryOperator<String> escape) {
        String heading = escape.apply(RevisionLines.heading(r));
        return r.message().isEmpty() ? heading : heading + lineBreak + escape.apply(r.message());
    }

    private static String dotId(String id) {
        return dotString(id);
    }

    private static String dotString(String text) {
        return "\"" + dotText(text) + "\"";
    }

    /** The inside of a DOT quoted string: only {@code "} and {@code \} are special; a line break becomes {@code \n}. */
    private static String dotText(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }

    /** Prefixed, since Mermaid reserves words such as {@code end} that an id may be. */
    private static String mermaidId(String id) {
        return "r_" + id;
    }

    /** Mermaid's entity codes for the characters that would end or mark up a quoted label. */
    private static String mermaidText(String text) {
        return text.replace("#", "#35;").replace("\"", "#quot;").replace("<", "#lt;").replace(">", "#gt;")
                .replace("\n", "<br/>");
    }
}
