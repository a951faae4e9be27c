package dev.migrate.cli;

import dev.migrate.report.Reports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What {@code --dry-run} prints: the plan read off the script's step comments, and the script. */
final class DryRun {

    private static final String STEP = "-- Running ";

    private DryRun() {}

    /** Prints the script of {@code command} to {@code target}, or with {@code --json} the plan and the script. */
    static void print(Printer printer, String command, String target, String script) {
        List<String> steps = steps(script);
        if (printer.json()) {
            Map<String, Object> json = result(command, target);
            json.put("plan", steps);
            json.put("sql", script);
            printer.jsonResult(json);
        } else {
            printer.data(script);
        }
        printer.info("dry run: " + command + " to " + target + " would run " + steps.size() + " revision(s)"
                + (steps.isEmpty() ? "" : ":\n  " + String.join("\n  ", steps)) + "\nnothing was written");
    }

    /** The steps of a script, from the comment the script writer puts before each: {@code upgrade a1 -> b2: ...}. */
    static List<String> steps(String script) {
        return script.lines().filter(line -> line.startsWith(STEP)).map(line -> line.substring(STEP.length())).toList();
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
