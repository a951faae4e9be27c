package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    void anUnknownRuleIsAnError() {
        Cli.Result result = cli.run("lint", "--warn", "drop-colum");
        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("Unknown lint rule \"drop-colum\"; give one of drop-table,"), result.toString());
    }
}
