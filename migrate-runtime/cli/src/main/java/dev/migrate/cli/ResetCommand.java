package dev.migrate.cli;

import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.ResetResult;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code migrate reset}: reverts every revision, applies them again and loads the seeds. */
@Command(name = "reset", mixinStandardHelpOptions = true,
        description = "Starts the database over: reverts every revision, applies them all again and loads the seeds"
                + " of the environment. In production (--environment prod) it needs --confirm <database>.")
final class ResetCommand extends DatabaseCommand {

    @Override
    boolean writes() {
        return true;
    }

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        ResetResult result = migrator.reset();
        printer.success("reset: " + result.reverted().size() + " revision(s) reverted, " + result.applied().size()
                + " applied; " + result.seeds().summary());
        Map<String, Object> json = SeedCommand.json("reset", result.seeds());
        json.put("reverted", result.reverted());
        json.put("applied", result.applied());
        printer.jsonResult(json);
        return ExitCodes.OK;
    }
}
