package dev.migrate.cli;

import dev.migrate.internal.Redaction;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/**
 * The command line's entry point: {@code java -jar <bundle>.jar <command>} or {@code java -cp …
 * dev.migrate.cli.Main <command>}. The revisions come from the class path, through their generated
 * index; the database from {@code --url} or {@code MIGRATE_URL}. {@code help} lists the commands.
 */
public final class Main {

    private Main() {}

    /**
     * Runs one command and exits with its code: 0 success, 1 error, 2 not ready.
     *
     * @param args the command and its flags
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs one command with the process's streams, environment and terminal, and returns its exit
     * code instead of exiting, for an application that runs the command line itself.
     *
     * @param args the command and its flags
     * @return 0 success, 1 error (bad input, connection, a failed revision), 2 not ready ({@code
     *     check}, {@code status --exit-code})
     */
    public static int run(String... args) {
        return run(Environment.system(), args);
    }

    static int run(Environment environment, String... args) {
        HeadStart.start(environment, args);
        try {
            return commandLine(environment, args).execute(args);
        } finally {
            HeadStart.discard();
        }
    }

    /**
     * The command tree with its handlers: every problem ends in exit code 1 and a message on the
     * error stream. It holds only the command that {@code args} name when they name one, which
     * spares a run picocli's reading of the others; {@code help}, {@code generate-completion}, a
     * misspelt command or none get them all, for the usage, completion and suggestions.
     */
    static CommandLine commandLine(Environment environment, String... args) {
        CommandLine line = new CommandLine(new MigrateCommand(environment));
        String named = args.length == 0 ? null : args[0];
        if (named != null && MigrateCommand.command(named) != null && !MigrateCommand.aboutCommands(named)) {
            line.addSubcommand(named, MigrateCommand.command(named));
        } else {
            MigrateCommand.NAMES.forEach(name -> line.addSubcommand(name, MigrateCommand.command(name)));
        }
        line.setOut(new PrintWriter(environment.out(), true, StandardCharsets.UTF_8));
        line.setErr(new PrintWriter(environment.err(), true, StandardCharsets.UTF_8));
        line.setCaseInsensitiveEnumValuesAllowed(true);
        Style style = Style.of(environment);
        // Bad input: the problem, then the usage of the command it was given to (picocli's default exit code is 2,
        // which here means "not ready").
        line.setParameterExceptionHandler((e, given) -> {
            CommandLine command = e.getCommandLine();
            command.getErr().println(style.error("error: " + Redaction.url(e.getMessage())));
            // "Did you mean: upgrade?" for a misspelt command or flag.
            CommandLine.UnmatchedArgumentException.printSuggestions(e, command.getErr());
            command.usage(command.getErr(), CommandLine.Help.Ansi.OFF);
            return ExitCodes.ERROR;
        });
        // Commands report their own failures; this is for anything they did not expect.
        line.setExecutionExceptionHandler((e, command, parsed) -> {
            command.getErr().println(style.error("error: unexpected " + e.getClass().getName() + ": "
                    + Redaction.message(e, null)));
            return ExitCodes.ERROR;
        });
        return line;
    }
}
