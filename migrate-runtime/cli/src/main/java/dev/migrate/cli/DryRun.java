package dev.migrate.cli;

import dev.migrate.report.DryRunPlan;
import dev.migrate.report.Reports;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code --dry-run} prints: the runtime's {@link DryRunPlan}, as text or JSON. */
final class DryRun {

    private DryRun() {}

    /** Prints the plan's script, or with {@code --json} the plan and the script; then its summary. */
    static void print(Printer printer, DryRunPlan plan) {
        if (printer.json()) {
            Map<String, Object> json = result(plan.command(), plan.target());
            json.put("plan", plan.steps());
            json.put("sql", plan.sql());
            printer.jsonResult(json);
        } else {
            printer.data(plan.sql());
        }
        printer.info(plan.summary());
    }

    /** The start of every JSON result of a command that writes: {@code schemaVersion}, {@code command}, {@code target}. */
    static Map<String, Object> result(String command, String target) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schemaVersion", Reports.SCHEMA_VERSION);
        json.put("command", command);
        json.put("target", target);
        return json;
    }
}
