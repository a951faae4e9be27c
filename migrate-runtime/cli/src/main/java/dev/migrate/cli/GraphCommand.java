package dev.migrate.cli;

import dev.migrate.Revisions;
import dev.migrate.report.DiagramFormat;
import dev.migrate.report.Diagrams;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate graph}: the revision graph as DOT, Mermaid or SVG. */
@Command(name = "graph", mixinStandardHelpOptions = true,
        description = "Writes the revision graph as a picture: Graphviz DOT, Mermaid, or SVG (runs Graphviz's dot)"
                + " (no database).")
final class GraphCommand extends RevisionsCommand {

    @Option(names = "--format", paramLabel = "dot|mermaid|svg", defaultValue = "dot",
            description = "The picture's format; ${DEFAULT-VALUE} by default.")
    String format;

    @Option(names = "--output", paramLabel = "<file>", description = "The file to write; the standard output by default.")
    Path output;

    @Override
    int run(Revisions revisions, Printer printer) {
        printer.write(Diagrams.render(revisions, DiagramFormat.of(format)), output, "the revision graph");
        return ExitCodes.OK;
    }
}
