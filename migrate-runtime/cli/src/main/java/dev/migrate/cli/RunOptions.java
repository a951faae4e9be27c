package dev.migrate.cli;

import dev.migrate.report.DryRunPlan;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** The flags of {@code upgrade} and {@code downgrade}, and how both run. */
final class RunOptions {

    @Option(names = "--single-transaction", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Commits every revision of the command at once, or nothing (PostgreSQL only)"
                    + " (or MIGRATE_SINGLE_TRANSACTION); false by default.")
    Boolean singleTransaction;

    @Option(names = "--dry-run", description = "Reads the current revisions and prints the plan and its SQL to the"
            + " standard output; writes nothing and takes no lock.")
    boolean dryRun;

    /**
     * Runs the command, or under {@code --dry-run} prints its plan and script; then says what ran.
     *
     * @param command {@code upgrade} or {@code downgrade}
     * @param to the target
     * @param plan the plan, for a dry run
     * @param action the command itself, returning the revisions it ran
     * @param done how the summary says it, such as {@code upgraded} and {@code applied}
     * @param singleTransaction whether the command ran in one transaction
     */
    int run(Printer printer, String command, String to, Supplier<DryRunPlan> plan, Supplier<List<String>> action,
            String[] done, boolean singleTransaction) {
        if (dryRun) {
            DryRun.print(printer, plan.get());
            return ExitCodes.OK;
        }
        List<String> ran = action.get();
        // With nothing run, the listener has said why (already there, or a database ahead of this build).
        if (!ran.isEmpty()) {
            printer.success(done[0] + " to " + to + ": " + ran.size() + " revision(s) " + done[1]
                    + (singleTransaction ? " in a single transaction" : ""));
        }
        Map<String, Object> json = DryRun.result(command, to);
        json.put("revisions", ran);
        printer.jsonResult(json);
        return ExitCodes.OK;
    }
}
