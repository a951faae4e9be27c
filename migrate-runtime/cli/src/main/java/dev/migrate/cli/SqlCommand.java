package dev.migrate.cli;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.Migrator;
import dev.migrate.SqlScriptRequest;
import dev.migrate.SqlScripts;
import dev.migrate.report.DryRunPlan;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrate sql}: the SQL of an upgrade or downgrade as a script, instead of running it; from
 * {@code --dialect} and {@code --range} without a database, or from a database's current revisions
 * with {@code --url} (only read). The rules are the runtime's {@link SqlScriptRequest}.
 */
@Command(name = "sql", mixinStandardHelpOptions = true,
        description = "Writes the SQL of an upgrade (or --downgrade) as a script instead of running it: without a"
                + " database from --dialect and --range, or from the database's current revisions to --target.")
final class SqlCommand extends DatabaseCommand {

    @Option(names = "--dialect", paramLabel = "postgresql|mysql|mariadb|h2",
            description = "The database the script is for, without --url (or MIGRATE_DIALECT).")
    private String dialect;

    @Option(names = "--range", paramLabel = "<start:end>",
            description = "Without --url: from where to where, such as base:heads (the default for an upgrade);"
                    + " a downgrade needs one, from the upper end (heads:base).")
    private String range;

    @Option(names = "--target", paramLabel = "<target>",
            description = "With --url: where to go from the database's current revisions; heads by default.")
    private String target;

    @Option(names = "--downgrade", description = "Writes a downgrade script instead of an upgrade one.")
    private boolean downgrade;

    @Option(names = "--output", paramLabel = "<file>", description = "The file to write; the standard output by default.")
    private Path output;

    @Override
    Map<ConfigKey, String> own() {
        Map<ConfigKey, String> own = new EnumMap<>(ConfigKey.class);
        own.put(ConfigKey.DIALECT, dialect);
        return own;
    }

    @Override
    boolean needsDatabase(MigrateConfig config) {
        return request(config).needsDatabase(config.url().isPresent(), key -> "--" + key);
    }

    @Override
    int runOffline(Migrator.Builder builder, MigrateConfig config, Printer printer) {
        SqlScriptRequest request = request(config);
        doing("sql for --dialect " + request.dialect());
        SqlScripts scripts = builder.sqlScripts(request.dialect());
        String asked = request.rangeOrDefault();
        doing("sql for --range " + asked);
        write(printer, downgrade ? scripts.downgrade(asked) : scripts.upgrade(asked));
        return ExitCodes.OK;
    }

    @Override
    int run(Migrator migrator, MigrateConfig config, Printer printer) {
        String to = request(config).targetOrDefault();
        doing("sql for --target " + to);
        write(printer, downgrade ? migrator.downgradeSql(to) : migrator.upgradeSql(to));
        return ExitCodes.OK;
    }

    private SqlScriptRequest request(MigrateConfig config) {
        return new SqlScriptRequest(range, target, config.dialect().orElse(null), downgrade);
    }

    private void write(Printer printer, String script) {
        int revisions = DryRunPlan.steps(script).size();
        printer.write(script, output, "the " + (downgrade ? "downgrade" : "upgrade") + " script of " + revisions
                + " revision(s)");
    }
}
