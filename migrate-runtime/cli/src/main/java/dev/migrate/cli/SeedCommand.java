package dev.migrate.cli;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.SeedResult;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code migrate seed}: loads the seeds of the environment whose revision is applied. */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = "Loads the @Seed data of the environment (--environment; seeds for every environment always)"
                + " whose revision is applied, each cleaned first; seeds loaded already and unchanged are left alone."
                + " In production, cleaning needs --confirm.")
final class SeedCommand extends DatabaseCommand {

    @Option(names = {"--append", "--no-cleanup"}, arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Loads without running the seeds' clean first (or MIGRATE_APPEND); false by default.")
    private Boolean append;

    @Option(names = "--force", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Loads the seeds again even when they are loaded and unchanged (or MIGRATE_FORCE); false by"
                    + " default.")
    private Boolean force;

    @Override
    Map<ConfigKey, String> own() {
        Map<ConfigKey, String> own = new EnumMap<>(ConfigKey.class);
        own.put(ConfigKey.APPEND, Settings.text(append));
        own.put(ConfigKey.FORCE, Settings.text(force));
        return own;
    }

    @Override
    boolean writes() {
        return true;
    }

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        SeedResult result = migrator.seed(config.seedOptions());
        printer.success(result.summary());
        printer.jsonResult(json("seed", result));
        return ExitCodes.OK;
    }

    /** The result as the JSON of {@code seed}, and the {@code seeds} of {@code reset}. */
    static Map<String, Object> json(String command, SeedResult result) {
        Map<String, Object> json = DryRun.result(command, null);
        json.remove("target");
        json.put("environment", result.environment());
        json.put("cleaned", result.cleaned());
        json.put("loaded", result.loaded());
        json.put("unchanged", result.unchanged());
        json.put("waiting", result.waiting());
        return json;
    }
}
