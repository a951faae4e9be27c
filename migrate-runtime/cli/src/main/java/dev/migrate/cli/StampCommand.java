package dev.migrate.cli;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import dev.migrate.report.DryRunPlan;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code migrate stamp <target>...}: sets the version table without running any revision. */
@Command(name = "stamp", mixinStandardHelpOptions = true,
        description = "Sets the version table to the targets without running any revision: for a database whose"
                + " schema was made by other means.")
final class StampCommand extends DatabaseCommand {

    @Parameters(arity = "0..*", paramLabel = "<target>",
            description = "The revisions the database now has: heads, ids or unique prefixes, branch labels, or base"
                    + " for none (or --target, MIGRATE_TARGET, comma-separated).")
    private List<String> positional;

    @Option(names = "--target", paramLabel = "<targets>", description = "The same as <target>..., comma-separated.")
    private String option;

    @Option(names = "--purge", description = "Empties the version table first: for rows naming revisions this build"
            + " does not have.")
    private boolean purge;

    @Option(names = "--dry-run", description = "Reads the current revisions and prints the rows the stamp would"
            + " write; writes nothing and takes no lock.")
    private boolean dryRun;

    @Override
    Map<ConfigKey, String> own() {
        if (positional != null && !positional.isEmpty() && option != null) {
            throw new ParameterException(spec().commandLine(), "Give the targets once: as <target>... or as --target");
        }
        String given = positional != null && !positional.isEmpty() ? String.join(",", positional) : option;
        return given == null ? Map.of() : Map.of(ConfigKey.TARGET, given);
    }

    @Override
    boolean writes() {
        return !dryRun;
    }

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        String[] targets = Arrays.stream(config.requireTarget("stamp", "heads or a revision id").split(","))
                .map(String::trim).filter(t -> !t.isEmpty()).toArray(String[]::new);
        if (targets.length == 0) {
            throw new MigrationException("stamp needs a target, such as heads or a revision id");
        }
        String asked = String.join(",", targets);
        doing("stamp " + asked + " stopped");
        List<String> rows = dryRun ? migrator.stampPlan(purge, targets) : migrator.stamp(purge, targets);
        String listed = rows.isEmpty() ? "none" : String.join(", ", rows);
        if (dryRun) {
            if (!printer.json()) {
                printer.data(String.join("\n", rows));
            }
            printer.info(DryRunPlan.stampSummary(asked, purge, rows));
        } else {
            printer.success("stamped; current revision(s): " + listed);
        }
        Map<String, Object> json = DryRun.result("stamp", asked);
        json.put("dryRun", dryRun);
        json.put("current", rows);
        printer.jsonResult(json);
        return ExitCodes.OK;
    }
}
