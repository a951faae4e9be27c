package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** The rules of an SQL script request, worded with the front end's option names. */
class SqlScriptRequestTest {

    private static final UnaryOperator<String> MAVEN = key -> "migrate." + key;

    private static String refused(SqlScriptRequest request, boolean urlGiven) {
        return assertThrows(MigrationException.class, () -> request.needsDatabase(urlGiven, MAVEN)).getMessage();
    }

    @Test
    void withoutADatabaseARangeAndADialect() {
        SqlScriptRequest upgrade = new SqlScriptRequest(null, " ", " postgresql ", false);
        assertFalse(upgrade.needsDatabase(false, MAVEN));
        assertEquals("postgresql", upgrade.dialect());
        assertEquals("base:heads", upgrade.rangeOrDefault());
        assertEquals("heads:base", new SqlScriptRequest("heads:base", null, "h2", true).rangeOrDefault());

        assertEquals("set migrate.dialect (postgresql, mysql, mariadb or h2) to write a script without a database,"
                + " or migrate.url to take it from one", refused(new SqlScriptRequest(null, null, null, false), false));
        assertEquals("migrate.target starts from the database's current revisions, so it needs migrate.url; without a"
                + " database give migrate.range, such as base:heads", refused(new SqlScriptRequest(null, "heads", "h2", false), false));
        assertEquals("a downgrade script needs migrate.range, such as heads:base",
                refused(new SqlScriptRequest(null, null, "h2", true), false));
        assertEquals("give --range or --target, not both: a range starts where you say, a target from the database's"
                + " current revisions", assertThrows(MigrationException.class,
                        () -> new SqlScriptRequest("a:b", "b", null, false).needsDatabase(true, key -> "--" + key)).getMessage());
    }

    @Test
    void withADatabaseATarget() {
        SqlScriptRequest upgrade = new SqlScriptRequest(null, null, null, false);
        assertTrue(upgrade.needsDatabase(true, MAVEN));
        assertEquals("heads", upgrade.targetOrDefault());
        assertTrue(new SqlScriptRequest(null, "base", null, true).needsDatabase(true, MAVEN));

        assertEquals("with migrate.url give migrate.target, which starts from the database's current revisions; for"
                + " migrate.range=a:b use migrate.dialect instead of migrate.url",
                refused(new SqlScriptRequest("a:b", null, null, false), true));
        assertEquals("migrate.dialect is for writing a script without a database; with migrate.url the dialect is the"
                + " database's. Remove migrate.dialect or migrate.url", refused(new SqlScriptRequest(null, null, "h2", false), true));
        assertEquals("a downgrade script needs migrate.target, such as base",
                refused(new SqlScriptRequest(null, null, null, true), true));
    }
}
