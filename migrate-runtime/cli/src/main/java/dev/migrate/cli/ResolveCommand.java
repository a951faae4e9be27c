package dev.migrate.cli;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.ResolvedFailure;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** {@code migrate resolve <revision>}: marks a failed revision resolved once the database was repaired by hand. */
@Command(name = "resolve", mixinStandardHelpOptions = true,
        description = "Marks the failed revision resolved, after you repaired the database by hand, so that upgrade"
                + " and downgrade run again.")
final class ResolveCommand extends DatabaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "<revision>",
            description = "The failed revision's id (or a unique prefix), as the failure named it.")
    private String positional;

    @Option(names = "--revision", paramLabel = "<revision>", description = "The same as <revision>.")
    private String option;

    @Override
    boolean writes() {
        return true;
    }

    @Override
    Map<ConfigKey, String> own() {
        if (revision() == null) {
            throw new ParameterException(spec().commandLine(), "resolve needs the failed revision, such as"
                    + " migrate resolve <id> with the id the failure message names");
        }
        return Map.of();
    }

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        String name = revision();
        doing("resolve of " + name + " stopped");
        ResolvedFailure resolved = migrator.markResolved(name);
        printer.success("marked the failed " + resolved.direction().name().toLowerCase(Locale.ROOT) + " of "
                + resolved.revision() + " (started " + resolved.failedAt() + ") resolved; run migrate upgrade (or"
                + " downgrade) again");
        return ExitCodes.OK;
    }

    private String revision() {
        if (positional != null && option != null) {
            throw new ParameterException(spec().commandLine(), "Give the revision once: as <revision> or --revision");
        }
        String given = positional != null ? positional : option;
        return given == null || given.isBlank() ? null : given.trim();
    }
}
