package dev.migrate.cli;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.lint.Finding;
import dev.migrate.lint.LintReport;
import dev.migrate.lint.Linter;
import dev.migrate.report.Reports;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate lint}: the runtime's {@link Linter} over the pending revisions of {@code --url},
 * or without a database over every revision or {@code --range}; exit 2 when an error finding is
 * not allowed. It has no entity model (a bundle has no Hibernate), so the rules of tables and
 * columns the entities still map find nothing here.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        description = "Flags destructive, backward-incompatible and locking changes in revisions before they run:"
                + " those the database at --url has not applied, or without one every revision or --range."
                + " Exits 2 on an error finding the revision does not @Allow. With --json, the findings as one line"
                + " of JSON on the standard output. drop-table-in-use and drop-column-in-use need the JPA entities'"
                + " model and run from Maven's migrate:lint only.")
final class LintCommand extends DatabaseCommand {

    @Option(names = "--dialect", paramLabel = "postgresql|mysql|mariadb|h2",
            description = "The database the revisions are for; by default the one of --url, else postgresql.")
    private String dialect;

    @Option(names = "--range", paramLabel = "<start:end>",
            description = "The revisions to lint, such as base:heads (the default without --url); the database is"
                    + " then not read.")
    private String range;

    @Option(names = "--lint-rules", paramLabel = "<rule=level,...>",
            description = "The project's severities, the level warn, fail or off, such as"
                    + " drop-column=warn,index-not-concurrent=fail (the lintRules key; MIGRATE_LINT_RULES)."
                    + " --warn, --error and --off win over it.")
    private String lintRules;

    @Option(names = "--warn", paramLabel = "<rule,...>", description = "Rule ids whose findings only warn.")
    private String warn;

    @Option(names = "--error", paramLabel = "<rule,...>", description = "Rule ids whose findings fail.")
    private String error;

    @Option(names = "--off", paramLabel = "<rule,...>", description = "Rule ids not applied.")
    private String off;

    @Override
    Map<ConfigKey, String> own() {
        Map<ConfigKey, String> own = new EnumMap<>(ConfigKey.class);
        own.put(ConfigKey.DIALECT, dialect);
        own.put(ConfigKey.LINT_RULES, lintRules);
        return own;
    }

    @Override
    boolean needsDatabase(MigrateConfig config) {
        return config.url().isPresent() && (range == null || range.isBlank());
    }

    @Override
    int runOffline(Migrator.Builder builder, MigrateConfig config, Printer printer) {
        String asked = range == null || range.isBlank() ? "base:heads" : range.trim();
        Linter linter = linter(config);
        doing("lint of --range " + asked);
        return report(printer, linter.range(asked));
    }

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        return report(printer, linter(config).pending(migrator));
    }

    private Linter linter(MigrateConfig config) {
        Linter linter = Linter.forConfig(config, loader());
        doing("lint for " + linter.dialect());
        return linter.severities(warn, error, off);
    }

    private static int report(Printer printer, LintReport report) {
        if (printer.json()) {
            printer.report(Reports.lint(report));
        } else {
            for (Finding finding : report.findings()) {
                if (finding.fails()) {
                    printer.error(finding.text());
                } else if (finding.allowed()) {
                    printer.info(finding.text());
                } else {
                    printer.warning(finding.text());
                }
            }
            printer.info(report.summary());
        }
        return report.fails() ? ExitCodes.NOT_READY : ExitCodes.OK;
    }
}
