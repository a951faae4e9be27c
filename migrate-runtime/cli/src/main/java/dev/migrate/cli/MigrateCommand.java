package dev.migrate.cli;

import java.util.List;
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
            "Shell completion: source <(migrate generate-completion)."})
final class MigrateCommand implements Callable<Integer> {

    /** The commands' names, in the order the usage lists them; {@link #command} gives each one's class. */
    static final List<String> NAMES = List.of("upgrade", "downgrade", "stamp", "current", "heads", "branches", "show",
            "history", "graph", "status", "check", "resolve", "sql", "lint", "verify", "backup", "backups", "restore",
            "verify-revisions", "help", "generate-completion");

    /**
     * The command of a name. Main adds the commands, not the annotation, so that a run can hold
     * only the one it names: picocli reads every command's annotations when it is added, a cost a
     * deploy hook's {@code status} would pay for twenty commands; a switch loads only the class it
     * returns.
     *
     * @return the command's class, or {@code null} for an unknown name
     */
    static Class<?> command(String name) {
        return switch (name) {
            case "upgrade" -> UpgradeCommand.class;
            case "downgrade" -> DowngradeCommand.class;
            case "stamp" -> StampCommand.class;
            case "current" -> CurrentCommand.class;
            case "heads" -> HeadsCommand.class;
            case "branches" -> BranchesCommand.class;
            case "show" -> ShowCommand.class;
            case "history" -> HistoryCommand.class;
            case "graph" -> GraphCommand.class;
            case "status" -> StatusCommand.class;
            case "check" -> CheckCommand.class;
            case "resolve" -> ResolveCommand.class;
            case "sql" -> SqlCommand.class;
            case "lint" -> LintCommand.class;
            case "verify" -> VerifyCommand.class;
            case "backup" -> BackupCommand.class;
            case "backups" -> BackupsCommand.class;
            case "restore" -> RestoreCommand.class;
            case "verify-revisions" -> VerifyRevisionsCommand.class;
            case "help" -> HelpCommand.class;
            case "generate-completion" -> AutoComplete.GenerateCompletion.class;
            default -> null;
        };
    }

    /** Whether a command lists or describes the others, and so needs them all. */
    static boolean aboutCommands(String name) {
        return name.equals("help") || name.equals("generate-completion");
    }

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
