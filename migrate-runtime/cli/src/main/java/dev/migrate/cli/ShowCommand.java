package dev.migrate.cli;

import dev.migrate.Revisions;
import dev.migrate.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code migrate show <revision>}: one revision in full, as {@code alembic show} prints it. */
@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Prints one revision in full: parents, children, dependencies, labels, class, message"
                + " (no database).")
final class ShowCommand extends RevisionsCommand {

    @Parameters(index = "0", paramLabel = "<revision>",
            description = "An id or unique prefix, a branch label, head, label@head, or heads for every head.")
    String target;

    @Override
    int run(Revisions revisions, Printer printer) {
        printer.report(Reports.show(revisions, target));
        return ExitCodes.OK;
    }
}
