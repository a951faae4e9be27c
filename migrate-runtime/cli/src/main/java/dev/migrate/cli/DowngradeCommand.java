package dev.migrate.cli;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.report.DryRunPlan;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code migrate downgrade <target>}: reverts applied revisions down to a target, which is required. */
@Command(name = "downgrade", mixinStandardHelpOptions = true,
        description = "Reverts the applied revisions above the target (required: -1, base, an id, label@base, ...),"
                + " printing each.")
final class DowngradeCommand extends DatabaseCommand {

    @Mixin
    private TargetOption target;

    @Mixin
    private RunOptions run;

    @Override
    Map<ConfigKey, String> own() {
        Map<ConfigKey, String> own = new EnumMap<>(ConfigKey.class);
        own.put(ConfigKey.TARGET, target.given(spec().commandLine()));
        own.put(ConfigKey.SINGLE_TRANSACTION, Settings.text(run.singleTransaction));
        return own;
    }

    @Override
    boolean writes() {
        return !run.dryRun;
    }

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        String to = config.requireTarget("downgrade", "-1 (one step) or base (everything)");
        doing("downgrade to " + to + " stopped");
        return run.run(printer, "downgrade", to, () -> DryRunPlan.downgrade(migrator, to), () -> migrator.downgrade(to),
                new String[] {"downgraded", "reverted"}, config.singleTransaction());
    }
}
