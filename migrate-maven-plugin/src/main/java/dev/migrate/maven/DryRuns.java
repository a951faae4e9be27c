package dev.migrate.maven;

import dev.migrate.report.DryRunPlan;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/** How {@code -Dmigrate.dryRun} shows a plan: its script on the standard output, its summary in the log. */
final class DryRuns {

    private DryRuns() {}

    /**
     * Makes the plan, naming the target in its failure, and prints it.
     *
     * @param command {@code upgrade} or {@code downgrade}, for the failure's message
     * @param target the target, for the failure's message
     */
    static void print(Log log, String command, String target, Supplier<DryRunPlan> plan) throws MojoFailureException {
        DryRunPlan made = Targets.naming("migrate: dry run of " + command + " to migrate.target=" + target, plan);
        // Plain lines, as migrate:sql writes them, so the script can be redirected and reviewed as is.
        ReportFormat.write(log, made.sql().getBytes(StandardCharsets.UTF_8), null, "the script");
        log.info("migrate: " + made.summary());
    }
}
