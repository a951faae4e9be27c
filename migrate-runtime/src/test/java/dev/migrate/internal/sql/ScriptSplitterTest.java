package dev.migrate.internal.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting scripts: a {@code ;} ends a statement only outside quotes, comments and dollar quotes. */
class ScriptSplitterTest {

    private static List<String> postgres(String script) {
        return ScriptSplitter.split(script, ScriptSyntax.POSTGRESQL);
    }

    private static List<String> mysql(String script) {
        return ScriptSplitter.split(script, ScriptSyntax.MYSQL);
    }

    private static List<String> h2(String script) {
        return ScriptSplitter.split(script, ScriptSyntax.H2);
    }

    @Test
    void splitsAtSemicolonsAndDropsEmptyPieces() {
        assertEquals(List.of("CREATE TABLE a (x INT)", "INSERT INTO a VALUES (1)", "SELECT 1"),
                postgres("CREATE TABLE a (x INT);\n\nINSERT INTO a VALUES (1);;\n  SELECT 1  \n"));
    }

    @Test
    void semicolonsInStringsAndQuotedNamesStay() {
        String script = "INSERT INTO \"a;b\" VALUES ('x;y', 'it''s;'); SELECT 2";
        assertEquals(List.of("INSERT INTO \"a;b\" VALUES ('x;y', 'it''s;')", "SELECT 2"), postgres(script));
        assertEquals(List.of("INSERT INTO \"a;b\" VALUES ('x;y', 'it''s;')", "SELECT 2"), h2(script));
        assertEquals(List.of("INSERT INTO `a;b` VALUES ('x;y', \"q;\")", "SELECT 2"),
                mysql("INSERT INTO `a;b` VALUES ('x;y', \"q;\"); SELECT 2"));
    }

    @Test
    void backslashEscapesAQuoteOnlyWhereTheDatabaseSaysSo() {
        // MySQL: \' is a quote inside the string. PostgreSQL: a backslash is a plain character,
        // except in E'...' strings.
        assertEquals(List.of("SELECT 'a\\';b'", "SELECT 3"), mysql("SELECT 'a\\';b'; SELECT 3"));
        assertEquals(List.of("SELECT 'a\\'", "b'; SELECT 3"), postgres("SELECT 'a\\';b'; SELECT 3"));
        assertEquals(List.of("SELECT E'a\\';b'", "SELECT 3"), postgres("SELECT E'a\\';b'; SELECT 3"));
        assertEquals(List.of("SELECT e'a\\';b'", "SELECT 3"), postgres("SELECT e'a\\';b'; SELECT 3"));
        // A name ending in e is not an E string.
        assertEquals(List.of("SELECT name'a\\'", "SELECT 3"), postgres("SELECT name'a\\'; SELECT 3"));
    }

    @Test
    void commentsHideSemicolonsAndQuotes() {
        String script = "-- it's; a comment\nSELECT 1; /* don't; split */ SELECT 2; -- trailing; comment";
        assertEquals(List.of("-- it's; a comment\nSELECT 1", "/* don't; split */ SELECT 2"), postgres(script));
        assertEquals(List.of("# hash; comment\nSELECT 1", "SELECT 2"), mysql("# hash; comment\nSELECT 1; SELECT 2;"));
    }

    @Test
    void commentOnlyPiecesAreDropped() {
        assertEquals(List.of("-- header\n/* block */\nSELECT 1"), postgres("-- header\n/* block */\nSELECT 1;\n-- footer\n"));
    }

    @Test
    void mysqlNeedsWhiteSpaceAfterTwoDashes() {
        // In MySQL 1--1 is one minus minus one; a comment needs "-- ".
        assertEquals(List.of("SELECT 1--1", "SELECT 2"), mysql("SELECT 1--1; SELECT 2"));
        assertEquals(List.of("SELECT 1 -- c; d", "SELECT 2"), mysql("SELECT 1 -- c; d\n; SELECT 2"));
        // In PostgreSQL -- always starts a comment, which hides the ;.
        assertEquals(List.of("SELECT 1--1; x"), postgres("SELECT 1--1; x"));
    }

    @Test
    void mysqlExecutableCommentsAreStatements() {
        assertEquals(List.of("/*!40101 SET NAMES utf8mb4 */", "SELECT 1"), mysql("/*!40101 SET NAMES utf8mb4 */;\nSELECT 1;"));
        assertEquals(List.of("SELECT 1"), postgres("/*!40101 SET NAMES utf8mb4 */;\nSELECT 1;"));
    }

    @Test
    void postgresBlockCommentsNest() {
        assertEquals(List.of("/* a /* b; */ c; */ SELECT 1", "SELECT 2"),
                postgres("/* a /* b; */ c; */ SELECT 1; SELECT 2"));
        // MySQL's do not: the comment ends at the first */.
        assertEquals(List.of("/* a /* b; */ c", "*/ SELECT 1"), mysql("/* a /* b; */ c; */ SELECT 1"));
    }

    @Test
    void postgresDollarQuotesKeepFunctionBodiesWhole() {
        String function = "CREATE FUNCTION f() RETURNS int AS $$ BEGIN RETURN 1; END; $$ LANGUAGE plpgsql";
        String tagged = "CREATE FUNCTION g() RETURNS text AS $body$ SELECT 'a;b'; SELECT $$x;$$; $body$ LANGUAGE sql";
        assertEquals(List.of(function, tagged, "SELECT 3"), postgres(function + ";\n" + tagged + ";\nSELECT 3;"));
    }

    @Test
    void dollarSignsThatDoNotQuote() {
        // A parameter, a name containing $, and a tag that is not closed by a different tag.
        assertEquals(List.of("PREPARE p AS SELECT $1", "SELECT a$b$ FROM t", "SELECT 4"),
                postgres("PREPARE p AS SELECT $1; SELECT a$b$ FROM t; SELECT 4"));
        assertEquals(List.of("SELECT $a$ x; $b$ y; $a$", "SELECT 5"), postgres("SELECT $a$ x; $b$ y; $a$; SELECT 5"));
    }

    @Test
    void h2HasPlainDollarQuotesOnly() {
        assertEquals(List.of("CREATE ALIAS f AS $$ int f() { return 1; } $$", "SELECT 1"),
                h2("CREATE ALIAS f AS $$ int f() { return 1; } $$; SELECT 1"));
        assertEquals(List.of("SELECT $a$ x", "$a$"), h2("SELECT $a$ x; $a$"));
        assertEquals(List.of("SELECT '$$'", "SELECT 2"), mysql("SELECT '$$'; SELECT 2"));
    }

    @Test
    void unterminatedQuoteRunsToTheEnd() {
        assertEquals(List.of("SELECT 'open; SELECT 2"), postgres("SELECT 'open; SELECT 2"));
    }
}
