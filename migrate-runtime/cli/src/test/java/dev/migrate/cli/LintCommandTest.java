package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code migrate lint} over this module's test revisions (the shop: new tables only), without a database. */
class LintCommandTest {

    private final Cli cli = new Cli();

    @Test
    void everyRevisionWithoutADatabase() {
        Cli.Result result = cli.run("lint", "--dialect", "postgresql");
        assertEquals(0, result.code(), result.toString());
        assertTrue(result.err().contains("Linted 5 revisions: 0 errors, 0 other, 0 allowed"), result.toString());
    }

    @Test
    void aRange() {
        Cli.Result result = cli.run("lint", "--dialect", "mysql", "--range", "a1items:b2notes");
        assertEquals(0, result.code(), result.toString());
        assertTrue(result.err().contains("Linted 1 revision: 0 errors, 0 other, 0 allowed"), result.toString());
    }

    @Test
    void jsonOnTheStandardOutput() throws IOException {
        Cli.Result result = cli.run("lint", "--dialect", "postgresql", "--json");
        assertEquals(0, result.code(), result.toString());
        Map<String, Object> json = JSON.std.mapFrom(result.out());
        assertEquals(1, json.get("schemaVersion"));
        assertEquals(false, json.get("fails"));
        assertEquals(5, ((List<?>) json.get("revisions")).size());
        assertEquals(List.of(), json.get("findings"));
        assertFalse(result.err().contains("Linted"), "the summary is in the JSON: " + result);
    }

    @Test
    void projectSeveritiesFromTheEnvironmentAreChecked() {
        Cli.Result result = new Cli().env("MIGRATE_LINT_RULES", "drop-column=maybe").run("lint");
        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("the environment variable MIGRATE_LINT_RULES has \"drop-column=maybe\";"
                + " write rule=level"), result.toString());
        Cli.Result flag = cli.run("lint", "--lint-rules", "drop-colum=warn");
        assertEquals(1, flag.code(), flag.toString());
        assertTrue(flag.err().contains("--lint-rules names an unknown lint rule in \"drop-colum=warn\"; the rules are"
                + " drop-table,"), flag.toString());
    }

    @Test
    void anUnknownRuleIsAnError() {
        Cli.Result result = cli.run("lint", "--warn", "drop-colum");
        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("Unknown lint rule \"drop-colum\"; give one of drop-table,"), result.toString());
    }
}
