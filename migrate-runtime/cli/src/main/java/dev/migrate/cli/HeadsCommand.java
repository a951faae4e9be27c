package dev.migrate.cli;

import dev.migrate.Revisions;
import dev.migrate.report.Reports;
import picocli.CommandLine.Command;

/** {@code migrate heads}: the revisions nothing revises. */
@Command(name = "heads", mixinStandardHelpOptions = true,
        description = "Prints the heads of the revision graph (no database).")
final class HeadsCommand extends RevisionsCommand {

    @Override
    int run(Revisions revisions, Printer printer) {
        printer.report(Reports.heads(revisions, printer.verbose()));
        return ExitCodes.OK;
    }
}
