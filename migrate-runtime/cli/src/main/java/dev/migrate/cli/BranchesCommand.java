package dev.migrate.cli;

import dev.migrate.Revisions;
import dev.migrate.report.Reports;
import picocli.CommandLine.Command;

/** {@code migrate branches}: the branch points, as {@code alembic branches} prints them. */
@Command(name = "branches", mixinStandardHelpOptions = true,
        description = "Prints the branch points, newest first, with the revisions each branches into (no database).")
final class BranchesCommand extends RevisionsCommand {

    @Override
    int run(Revisions revisions, Printer printer) {
        printer.report(Reports.branches(revisions, printer.verbose()));
        return ExitCodes.OK;
    }
}
