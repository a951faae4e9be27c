package dev.migrate.cli;

import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.report.Reports;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate history}: every revision, newest first, marked applied, pending, failed or running. */
@Command(name = "history", mixinStandardHelpOptions = true,
        description = "Prints the revisions, newest first: [x] applied, [ ] pending, [!] failed, [~] running, with"
                + " when, by whom and how long each last ran.")
final class HistoryCommand extends DatabaseCommand {

    @Option(names = "--range", paramLabel = "<start:end>",
            description = "Only these revisions: start:end, start: or :end, each side a target or current"
                    + " (-3:current, ae1027:heads); every revision by default.")
    private String range;

    @Option(names = "--graph", description = "Draws the revision graph beside the lines, as git log --graph does.")
    private boolean graph;

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        if (range != null) {
            doing("history of --range " + range.trim());
        }
        printer.report(Reports.history(migrator, range, printer.verbose(), graph));
        return ExitCodes.OK;
    }
}
