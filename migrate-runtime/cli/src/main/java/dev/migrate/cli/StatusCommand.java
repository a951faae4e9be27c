package dev.migrate.cli;

import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.report.Check;
import dev.migrate.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate status}: where the database stands against the revisions. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Prints the database's current, pending, failed and changed revisions, and those it has"
                + " beyond this build.")
final class StatusCommand extends DatabaseCommand {

    @Option(names = "--exit-code", description = "Exits with 2 when the database is not ready, as check does:"
            + " behind the heads, a failed or interrupted revision, a changed checksum.")
    private boolean exitCode;

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        // The check's verdict from the same single read of the status, so that both agree.
        Check check = Check.run(migrator, null, new CliCommandNames(), config.failOnAhead());
        printer.report(Reports.status(check.status()));
        if (exitCode && !check.passed()) {
            printer.info(check.failure());
            return ExitCodes.NOT_READY;
        }
        return ExitCodes.OK;
    }
}
