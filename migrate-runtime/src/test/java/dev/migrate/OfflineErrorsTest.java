package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.internal.sql.OpsMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What cannot be written as a script fails with a message naming the revision and what to change; no database. */
class OfflineErrorsTest {

    private static SqlScripts scripts() {
        return Migrator.builder().classLoader(new IndexClassLoader(OfflineErrorsIndex.class)).sqlScripts("postgresql");
    }

    @Test
    void questionsToTheDatabaseWorkOnlineOnly() {
        assertEquals(OpsMessage.ONLINE_ONLY.format("Revision e1", "tableExists(\"t\")"),
                assertThrows(MigrationException.class, () -> scripts().upgrade("base:e1")).getMessage());
        assertEquals(OpsMessage.ONLINE_ONLY.format("Revision e1", "indexExists(\"t\", \"ix_t\")"),
                assertThrows(MigrationException.class, () -> scripts().downgrade("e1:base")).getMessage());
        assertEquals(OpsMessage.ONLINE_ONLY.format("Revision e2", "connection()"),
                assertThrows(MigrationException.class, () -> scripts().upgrade("e1:e2")).getMessage());
        assertTrue(OpsMessage.ONLINE_ONLY.format("Revision e2", "connection()").contains("run the revision online"));
    }

    @Test
    void aValueWithoutLiteralNamesTheRevisionAndTheType() {
        String message = assertThrows(MigrationException.class, () -> scripts().upgrade("e2:e3")).getMessage();
        assertEquals(OpsMessage.INVALID.format("Revision e3", "bulkInsert(\"t\")", OpsMessage.NO_LITERAL.format("[B")), message);
    }

    @Test
    void anUnknownDialectListsTheKnownOnes() {
        String message = assertThrows(MigrationException.class,
                () -> Migrator.builder().classLoader(new IndexClassLoader(OfflineErrorsIndex.class)).sqlScripts("oracle"))
                .getMessage();
        assertEquals("Unknown database dialect \"oracle\"; give postgresql, mysql, mariadb or h2", message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"e1", ":e1", "e1:", "base:e1:e2"})
    void aDowngradeRangeNeedsBothEnds(String range) {
        assertEquals("The range '" + range + "' of the downgrade script is not start:end; give both ends, such as"
                + " heads:base", assertThrows(MigrationException.class, () -> scripts().downgrade(range)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {":e1", "base:", "base:e1:e2"})
    void anUpgradeRangeNeedsBothEndsOrTheEndAlone(String range) {
        assertEquals("The range '" + range + "' of the upgrade script is not start:end; give both ends, such as"
                + " base:heads", assertThrows(MigrationException.class, () -> scripts().upgrade(range)).getMessage());
    }

    @Test
    void anUnknownTargetIsTheEnginesError() {
        assertTrue(assertThrows(MigrationException.class, () -> scripts().upgrade("base:nope")).getMessage()
                .contains("nope"));
        assertTrue(assertThrows(MigrationException.class, () -> scripts().downgrade("nope:base")).getMessage()
                .contains("nope"));
    }

    @Test
    void anUpgradeBelowItsStartIsRefused() {
        assertThrows(MigrationException.class, () -> scripts().upgrade("e2:e1"));
    }
}
