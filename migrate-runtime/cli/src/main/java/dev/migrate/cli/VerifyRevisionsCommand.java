package dev.migrate.cli;

import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.VerifyResult;
import dev.migrate.report.Reports;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code migrate verify-revisions}: runs every applied revision's verify again, read-only. Not
 * {@code verify}, which checks a bundle's digests: this one checks the database against its revisions.
 */
@Command(name = "verify-revisions", mixinStandardHelpOptions = true,
        description = "Runs every applied revision's verify step again against the database, read-only, and exits"
                + " with 2 naming each that fails (a drift check), 0 when all pass, 1 on an error. (verify checks a"
                + " bundle's files.)")
final class VerifyRevisionsCommand extends DatabaseCommand {

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        VerifyResult result = migrator.verify();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schemaVersion", Reports.SCHEMA_VERSION);
        json.put("command", "verify-revisions");
        json.put("verified", result.verified());
        json.put("failed", result.failed());
        printer.jsonResult(json);
        if (!result.passed()) {
            printer.error(result.text());
            return ExitCodes.NOT_READY;
        }
        printer.success(result.text());
        return ExitCodes.OK;
    }
}
