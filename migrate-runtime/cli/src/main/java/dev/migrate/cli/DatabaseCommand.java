package dev.migrate.cli;

import dev.migrate.ConfigKey;
import dev.migrate.MigrateConfig;
import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import dev.migrate.cli.bundle.BundleGuard;
import dev.migrate.internal.Redaction;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * A command that connects to the database: it gathers the configuration, refuses to write from an
 * altered bundle, builds the {@link Migrator} over the revisions of the class path with a progress
 * listener, and turns every failure into exit code 1 and a message without credentials.
 */
abstract class DatabaseCommand implements Callable<Integer> {

    @ParentCommand
    private MigrateCommand parent;

    @Spec
    private CommandSpec spec;

    @Mixin
    private DatabaseOptions database;

    @Mixin
    private OutputOptions output;

    /** What the command was doing, for its error message, such as {@code upgrade to heads}. */
    private String doing;

    @Override
    public final Integer call() {
        Environment environment = parent.environment();
        Printer printer = new Printer(environment, output);
        doing = spec.name();
        String secret = database.password;
        try {
            MigrateConfig config = Settings.of(spec.commandLine(), database, own(), environment);
            secret = config.password().orElse(null);
            Migrator.Builder builder = config.migrator()
                    .commandNames(CliCommandNames.INSTANCE)
                    .classLoader(environment.loader())
                    .toolEnvironment(environment.variables())
                    .logger(new ErrorLogger(environment.err(), output.verbose));
            if (!needsDatabase(config)) {
                return runOffline(builder, config, printer);
            }
            String url = config.url().orElseThrow(() -> new MigrationException("no database given: set --url or the"
                    + " environment variable MIGRATE_URL (or url in the --config file), such as"
                    + " --url jdbc:postgresql://db:5432/app"));
            if (writes()) {
                BundleGuard.checkBeforeWrite(environment.loader());
            }
            if (output.verbose) {
                String schema = config.schema().map(name -> name + ".").orElse("");
                printer.info("database " + Redaction.url(url) + ", tables " + schema + config.versionTable() + ", "
                        + schema + config.historyTable() + config.user().map(user -> ", user " + user).orElse(""));
            }
            builder.listener(new ProgressListener(printer, environment.onTerminal()));
            try (Migrator migrator = builder.build()) {
                if (migrator.heads().isEmpty()) {
                    printer.warning(RevisionsCommand.NO_REVISIONS);
                }
                return run(migrator, config, printer);
            }
        } catch (ParameterException e) {
            // Bad input: picocli's handler prints it with the command's usage.
            throw e;
        } catch (MigrationException e) {
            printer.error(doing + ": " + Redaction.message(e, secret));
            return ExitCodes.ERROR;
        } catch (RuntimeException e) {
            printer.error(doing + ": unexpected " + e.getClass().getName() + ": " + Redaction.message(e, secret));
            return ExitCodes.ERROR;
        }
    }

    /** Where the revisions are: the environment's class loader. */
    final ClassLoader loader() {
        return parent.environment().loader();
    }

    /** Says what the command is doing, for its error message: {@code downgrade to -1 stopped: ...}. */
    final void doing(String what) {
        doing = what;
    }

    /**
     * The command's own settings as explicit values, such as its target; none by default. Called
     * first, so it also checks the command's arguments, with a {@link ParameterException} for bad input.
     */
    Map<ConfigKey, String> own() {
        return Map.of();
    }

    /** Whether the command changes the database (and so must not run from an altered bundle). */
    boolean writes() {
        return false;
    }

    /** Whether the command connects; {@code sql} can work from the revisions alone. */
    boolean needsDatabase(MigrateConfig config) {
        return true;
    }

    /** The command without a database, when {@link #needsDatabase} says so. */
    int runOffline(Migrator.Builder builder, MigrateConfig config, Printer printer) {
        throw new IllegalStateException(spec.name() + " needs a database");
    }

    /**
     * The command itself.
     *
     * @return its exit code
     * @throws MigrationException for anything that goes wrong, with a message that says what to change
     */
    abstract int run(Migrator migrator, MigrateConfig config, Printer printer);

    /** The process's environment, such as the {@code PATH} that finds a backup's tools. */
    final Environment environment() {
        return parent.environment();
    }

    /** The command's spec, for usage errors. */
    final CommandSpec spec() {
        return spec;
    }
}
