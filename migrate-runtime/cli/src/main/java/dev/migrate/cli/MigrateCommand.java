package dev.migrate.cli;

import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top of the command tree: {@code migrate <command>}; it holds what every command runs with. */
@Command(name = "migrate", mixinStandardHelpOptions = true, versionProvider = CliVersion.class,
        description = "Applies, reverts and reports the revisions on the class path to a database.",
        footer = {"", "Exit codes: 0 success; 1 error (bad input, connection, a failed revision);"
                + " 2 not ready (check, status --exit-code).",
            "Settings: flags, then MIGRATE_* environment variables (MIGRATE_URL, MIGRATE_USER, MIGRATE_PASSWORD, ...),"
                + " then the --config file.",
            "Shell completion: source <(migrate generate-completion)."},
        subcommands = {UpgradeCommand.class, DowngradeCommand.class, StampCommand.class, CurrentCommand.class,
            HeadsCommand.class, BranchesCommand.class, ShowCommand.class, HistoryCommand.class, GraphCommand.class,
            StatusCommand.class, CheckCommand.class, ResolveCommand.class, SqlCommand.class, LintCommand.class,
            VerifyCommand.class, BackupCommand.class, BackupsCommand.class, RestoreCommand.class,
            VerifyRevisionsCommand.class, SeedCommand.class, ResetCommand.class,
            HelpCommand.class, AutoComplete.GenerateCompletion.class})
final class MigrateCommand implements Callable<Integer> {

    private final Environment environment;

    @Spec
    private CommandSpec spec;

    MigrateCommand(Environment environment) {
        this.environment = environment;
    }

    Environment environment() {
        return environment;
    }

    /** Without a command: bad input, answered with the usage. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing a command, such as upgrade, status or check");
    }
}
