package dev.migrate.cli;

import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.report.Reports;
import picocli.CommandLine.Command;

/** {@code migrate current}: the revisions in the version table. */
@Command(name = "current", mixinStandardHelpOptions = true,
        description = "Prints the database's current revisions: the ids in its version table.")
final class CurrentCommand extends DatabaseCommand {

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        printer.report(Reports.current(migrator.current()));
        return ExitCodes.OK;
    }
}
