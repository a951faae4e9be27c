package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the password comes from, and that it never shows: not in output, errors or the prompt. */
class PasswordTest {

    private static final String SECRET = "right-Secret-4711";
    private static final String WRONG = "wrong-Hunter2-0815";

    @TempDir
    Path dir;

    private String url;

    /** An H2 file database whose user sa has a password. */
    @BeforeEach
    void database() throws Exception {
        url = "jdbc:h2:file:" + dir.resolve("db").toAbsolutePath().toString().replace('\\', '/');
        try (Connection ignored = DriverManager.getConnection(url, "sa", SECRET)) {
            // Created with its password.
        }
    }

    @Test
    void wrongPasswordFailsWithoutShowingIt() {
        Cli.Result result = new Cli().run("current", "--verbose", "--url", url, "--user", "sa", "--password", WRONG);

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("error: current:"), result.toString());
        assertFalse(result.all().contains(WRONG), result.toString());
        assertFalse(result.all().contains(SECRET), result.toString());
    }

    @Test
    void passwordInTheUrlOfAnUnreachableServerIsMasked() {
        String inUrl = "url-Secret-5150";
        Cli.Result result = new Cli().run("upgrade", "--verbose", "--url",
                "jdbc:postgresql://127.0.0.1:1/test?connectTimeout=2&password=" + inUrl, "--user", "app");

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("password=***"), "the database line masks it: " + result);
        assertFalse(result.all().contains(inUrl), result.toString());
    }

    @Test
    void passwordFileAndEnvironment() throws Exception {
        Path file = Files.writeString(dir.resolve("password"), SECRET + "\n");

        Cli.Result fromFile = new Cli().run("current", "--url", url, "--user", "sa", "--password-file", file.toString());
        Cli.Result fromEnvironment = new Cli().env("MIGRATE_USER", "sa").env("MIGRATE_PASSWORD", SECRET)
                .run("current", "--url", url);
        Cli.Result missingFile = new Cli().run("current", "--url", url, "--user", "sa", "--password-file",
                dir.resolve("nope").toString());

        assertEquals(0, fromFile.code(), fromFile.toString());
        assertEquals(0, fromEnvironment.code(), fromEnvironment.toString());
        assertEquals(1, missingFile.code(), missingFile.toString());
        assertTrue(missingFile.err().contains("Cannot read --password-file"), missingFile.toString());
    }

    @Test
    void terminalPromptsForAMissingPassword() {
        List<String> prompts = new ArrayList<>();
        Terminal terminal = prompt -> {
            prompts.add(prompt);
            return SECRET.toCharArray();
        };

        Cli.Result flagUser = new Cli().terminal(terminal).run("current", "--url", url, "--user", "sa");
        Cli.Result envUser = new Cli().terminal(terminal).env("MIGRATE_USER", "sa").run("current", "--url", url);
        Cli.Result noUser = new Cli().terminal(terminal).run("heads");

        assertEquals(0, flagUser.code(), flagUser.toString());
        assertEquals(0, envUser.code(), "the answer joins the user's source, the environment: " + envUser);
        assertEquals(0, noUser.code(), noUser.toString());
        assertEquals(2, prompts.size(), prompts.toString());
        assertTrue(prompts.get(0).startsWith("Password for sa at jdbc:h2:file:"), prompts.toString());
        assertFalse(flagUser.all().contains(SECRET) || envUser.all().contains(SECRET));
    }

    @Test
    void noPromptWithoutATerminal() {
        Cli.Result result = new Cli().run("current", "--url", url, "--user", "sa");

        assertEquals(1, result.code(), "no password, no prompt: the login fails: " + result);
    }
}
