package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Parsing, usage, exit codes and the commands that need no database. */
class CommandLineTest {

    private final Cli cli = new Cli();

    @Test
    void unknownFlagIsAnErrorWithThatCommandsUsage() {
        Cli.Result result = cli.run("upgrade", "--no-such-flag");

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("Unknown option: '--no-such-flag'"), result.toString());
        assertTrue(result.err().contains("Usage: migrate upgrade"), result.toString());
        assertTrue(result.err().contains("--dry-run"), result.toString());
        assertEquals("", result.out());
    }

    @Test
    void unknownCommandIsAnErrorWithTheUsage() {
        Cli.Result result = cli.run("upgrad");

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("Usage: migrate"), result.toString());
        assertTrue(result.err().contains("upgrade"), result.toString());
    }

    @Test
    void noCommandIsAnErrorWithTheUsage() {
        Cli.Result result = cli.run();

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("Missing a command"), result.toString());
        assertTrue(result.err().contains("Usage: migrate"), result.toString());
    }

    @Test
    void missingValueOfAFlagIsAnError() {
        Cli.Result result = cli.run("history", "--range");

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("Usage: migrate history"), result.toString());
    }

    @Test
    void helpAndVersionSucceed() {
        Cli.Result help = cli.run("help", "upgrade");
        Cli.Result flag = cli.run("downgrade", "--help");
        Cli.Result version = cli.run("--version");

        assertEquals(0, help.code(), help.toString());
        assertTrue(help.out().contains("--validate-checksums"), help.toString());
        assertTrue(help.out().contains("MIGRATE_PASSWORD"), "the help steers away from --password: " + help);
        assertEquals(0, flag.code(), flag.toString());
        assertTrue(flag.out().contains("Usage: migrate downgrade"), flag.toString());
        assertEquals(0, version.code(), version.toString());
        assertTrue(version.out().matches("(?s)migrate \\d+\\.\\d+\\.\\d+.*"), version.toString());
    }

    @Test
    void everyCommandOfTheIssueExists() {
        for (String command : List.of("upgrade", "downgrade", "stamp", "current", "heads", "branches", "show",
                "history", "graph", "status", "check", "resolve", "sql", "verify", "help", "generate-completion")) {
            Cli.Result result = cli.run(command, "--help");
            assertEquals(0, result.code(), command + ": " + result);
        }
    }

    @Test
    void eachNameIsItsCommandsOwnAndTheUsageListsThemAll() {
        Cli.Result usage = cli.run("help");
        for (String name : MigrateCommand.NAMES) {
            Class<?> command = MigrateCommand.command(name);
            assertEquals(name, command.getAnnotation(picocli.CommandLine.Command.class).name());
            assertTrue(usage.out().contains("\n  " + name + " "), name + " missing from the usage:\n" + usage.out());
        }
    }

    @Test
    void aRunHoldsOnlyTheCommandItNames() {
        Environment environment = new Environment(System.out, System.err, Map.of(), null, getClass().getClassLoader());
        assertEquals(List.of("status"), List.copyOf(Main.commandLine(environment, "status", "--url", "x")
                .getSubcommands().keySet()));
        assertEquals(MigrateCommand.NAMES, List.copyOf(Main.commandLine(environment, "statsu").getSubcommands()
                .keySet()));
    }

    @Test
    void shellCompletionIsGenerated() {
        Cli.Result result = cli.run("generate-completion");

        assertEquals(0, result.code(), result.toString());
        assertTrue(result.out().contains("complete -F"), result.out());
        assertTrue(result.out().contains("--dry-run"), "completes the subcommands' flags");
    }

    @Test
    void missingUrlNamesTheFlagAndTheVariable() {
        Cli.Result result = cli.run("status");

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("--url"), result.toString());
        assertTrue(result.err().contains("MIGRATE_URL"), result.toString());
    }

    @Test
    void badSettingNamesItsFlag() {
        Cli.Result result = cli.run("upgrade", "--url", "jdbc:h2:mem:unused", "--lock-timeout", "soon");

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("--lock-timeout is \"soon\""), result.toString());
    }

    @Test
    void badSettingFromTheEnvironmentNamesTheVariable() {
        Cli.Result result = new Cli().env("MIGRATE_SINGLE_TRANSACTION", "1").run("upgrade", "--url", "jdbc:h2:mem:x");

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("the environment variable MIGRATE_SINGLE_TRANSACTION is \"1\""),
                result.toString());
    }

    @Test
    void missingConfigFileIsAnError(@TempDir Path dir) {
        Cli.Result result = cli.run("current", "--config", dir.resolve("nope.properties").toString());

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("Cannot read the configuration file"), result.toString());
        assertTrue(result.err().contains("nope.properties"), result.toString());
    }

    @Test
    void passwordAndPasswordFileTogetherAreBadInput(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("pw"), "x\n");
        Cli.Result result = cli.run("current", "--url", "jdbc:h2:mem:x", "--password", "y", "--password-file",
                file.toString());

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("--password or --password-file, not both"), result.toString());
        assertTrue(result.err().contains("Usage: migrate current"), result.toString());
    }

    @Test
    void targetGivenTwiceIsBadInput() {
        Cli.Result result = cli.run("downgrade", "-1", "--target", "base", "--url", "jdbc:h2:mem:x");

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("Give the target once"), result.toString());
    }

    @Test
    void headsAsJson() throws Exception {
        Cli.Result result = cli.run("heads", "--json");

        assertEquals(0, result.code(), result.toString());
        Map<String, Object> json = JSON.std.mapFrom(result.out());
        assertEquals(1, json.get("schemaVersion"));
        assertEquals(List.of("e5payments"), json.get("heads"), result.out());
    }

    @Test
    void branchesShowAndGraphReadTheRevisions() {
        Cli.Result branches = cli.run("branches");
        Cli.Result show = cli.run("show", "left");
        Cli.Result mermaid = cli.run("graph", "--format", "mermaid");
        Cli.Result unknown = cli.run("show", "nope");

        assertEquals(0, branches.code(), branches.toString());
        assertTrue(branches.out().contains("a1items"), branches.toString());
        assertEquals(0, show.code(), show.toString());
        assertTrue(show.out().contains("b2notes"), show.toString());
        assertEquals(0, mermaid.code(), mermaid.toString());
        assertTrue(mermaid.out().startsWith("flowchart") || mermaid.out().contains("graph"), mermaid.toString());
        assertTrue(mermaid.out().contains("d4orders"), mermaid.toString());
        assertEquals(1, unknown.code(), unknown.toString());
        assertTrue(unknown.err().contains("nope"), unknown.toString());
    }

    @Test
    void offlineSqlScript(@TempDir Path dir) throws Exception {
        Cli.Result stdout = cli.run("sql", "--dialect", "postgresql", "--range", "base:heads");
        Path file = dir.resolve("sub/up.sql");
        Cli.Result toFile = cli.run("sql", "--dialect", "mysql", "--output", file.toString());
        Cli.Result both = cli.run("sql", "--dialect", "h2", "--url", "jdbc:h2:mem:x");

        assertEquals(0, stdout.code(), stdout.toString());
        assertTrue(stdout.out().contains("CREATE TABLE \"payments\""), stdout.out());
        assertEquals(0, toFile.code(), toFile.toString());
        assertTrue(Files.readString(file).contains("CREATE TABLE `items`"));
        assertEquals(1, both.code(), both.toString());
        assertTrue(both.err().contains("Remove --dialect or --url"), both.toString());
    }

    @Test
    void verifyOutsideABundleFails() {
        Cli.Result result = cli.run("verify");

        assertEquals(1, result.code(), result.toString());
        assertFalse(result.err().isEmpty());
    }
}
