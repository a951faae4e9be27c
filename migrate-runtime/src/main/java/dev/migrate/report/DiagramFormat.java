package dev.migrate.report;

import dev.migrate.MigrationException;
import java.util.Locale;

/** The pictures of the revision graph {@link Diagrams} draws. */
public enum DiagramFormat {
    /** Graphviz's DOT text, for {@code dot -Tpng} and the like. */
    DOT,
    /** A Mermaid flowchart, which GitHub and GitLab draw inside Markdown. */
    MERMAID,
    /** An SVG image, drawn by running Graphviz's {@code dot}, which must be on the PATH. */
    SVG;

    /**
     * The format a front end's option names.
     *
     * @param name {@code dot}, {@code mermaid} or {@code svg}, any case; {@code null} or blank means DOT
     * @return the format
     * @throws MigrationException for another name, saying which ones exist
     */
    public static DiagramFormat of(String name) {
        if (name == null || name.isBlank()) {
            return DOT;
        }
        return switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "dot" -> DOT;
            case "mermaid" -> MERMAID;
            case "svg" -> SVG;
            default -> throw new MigrationException("unknown graph format \"" + name + "\"; use dot, mermaid or svg");
        };
    }
}
