package dev.migrate.cli;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.report.Check;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate check}: the release gate, exit code 0 when the database is ready and 2 when not. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Exits with 0 when the database is at every head (or at --target) with nothing failed and no"
                + " changed checksum, with 2 when it is not, and with 1 on an error. A database ahead of this build"
                + " passes, saying so, unless --fail-on-ahead.")
final class CheckCommand extends DatabaseCommand {

    @Option(names = "--target", paramLabel = "<target>",
            description = "Where the database must be instead of every head: an id, a branch label, label@head.")
    private String target;

    @Option(names = "--fail-on-ahead", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Fails on a database ahead of this build (or MIGRATE_FAIL_ON_AHEAD); false by default.")
    private Boolean failOnAhead;

    @Override
    Map<ConfigKey, String> own() {
        Map<ConfigKey, String> own = new EnumMap<>(ConfigKey.class);
        own.put(ConfigKey.FAIL_ON_AHEAD, Settings.text(failOnAhead));
        return own;
    }

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        if (target != null) {
            doing("check of --target " + target.trim());
        }
        Check check = Check.run(migrator, target, new CliCommandNames(), config.failOnAhead());
        printer.report(check.report());
        if (!check.passed()) {
            printer.error(check.failure());
            return ExitCodes.NOT_READY;
        }
        if (check.note() != null) {
            printer.info(check.note() + " (--fail-on-ahead makes this fail)");
        }
        return ExitCodes.OK;
    }
}
