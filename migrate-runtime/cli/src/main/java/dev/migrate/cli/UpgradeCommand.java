package dev.migrate.cli;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.report.DryRunPlan;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code migrate upgrade [<target>]}: applies the revisions up to a target, {@code heads} by default. */
@Command(name = "upgrade", mixinStandardHelpOptions = true,
        description = "Applies the revisions up to the target (heads by default), printing each.")
final class UpgradeCommand extends DatabaseCommand {

    @Mixin
    private TargetOption target;

    @Mixin
    private RunOptions run;

    @Option(names = "--validate-checksums", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Refuses to run while an applied revision's source changed (or MIGRATE_VALIDATE_CHECKSUMS);"
                    + " true by default.")
    private Boolean validateChecksums;

    @Option(names = "--fail-on-ahead", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Fails on a database ahead of this build instead of changing nothing"
                    + " (or MIGRATE_FAIL_ON_AHEAD); false by default.")
    private Boolean failOnAhead;

    @Option(names = "--allow-non-empty-schema", arity = "0..1", fallbackValue = "true", paramLabel = "true|false",
            description = "Upgrades a schema that has tables but no version table, such as one made before migrate"
                    + " (or MIGRATE_ALLOW_NON_EMPTY_SCHEMA); false by default: stamp the revision it matches instead.")
    private Boolean allowNonEmptySchema;

    @Mixin
    private UpgradeBackupOptions backup;

    @Option(names = "--ignored-tables", paramLabel = "<table,...>", description = "Tables foreign to migrate that do"
            + " not make the schema count as non-empty (or MIGRATE_IGNORED_TABLES).")
    private String ignoredTables;

    @Override
    Map<ConfigKey, String> own() {
        Map<ConfigKey, String> own = new EnumMap<>(ConfigKey.class);
        own.put(ConfigKey.TARGET, target.given(spec().commandLine()));
        own.put(ConfigKey.VALIDATE_CHECKSUMS, Settings.text(validateChecksums));
        own.put(ConfigKey.SINGLE_TRANSACTION, Settings.text(run.singleTransaction));
        own.put(ConfigKey.FAIL_ON_AHEAD, Settings.text(failOnAhead));
        own.put(ConfigKey.ALLOW_NON_EMPTY_SCHEMA, Settings.text(allowNonEmptySchema));
        own.put(ConfigKey.IGNORED_TABLES, ignoredTables);
        backup.addTo(own);
        return own;
    }

    @Override
    boolean writes() {
        return !run.dryRun;
    }

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        String to = config.target().orElse("heads");
        doing("upgrade to " + to + " stopped");
        return run.run(printer, "upgrade", to, () -> DryRunPlan.upgrade(migrator, to), () -> migrator.upgrade(to),
                new String[] {"upgraded", "applied"}, config.singleTransaction());
    }
}
