package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** A revision's verify runs within its upgrade, and again read-only from {@link Migrator#verify()}. */
class VerifyStepTest {

    private static boolean tableExists(TestDatabase db, String table) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            for (String name : List.of(table, table.toUpperCase(java.util.Locale.ROOT))) {
                try (ResultSet tables = c.getMetaData().getTables(c.getCatalog(), null, name, null)) {
                    if (tables.next()) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aFailingVerifyFailsTheStepAndVerifyFindsADroppedColumn(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = Migrator.builder().dataSource(db.dataSource())
                        .classLoader(new IndexClassLoader(VerifyIndex.class)).build()) {
            assertEquals(List.of("a1", "b2"), migrator.upgrade("b2"));
            VerifyResult clean = migrator.verify();
            assertTrue(clean.passed(), clean.text());
            assertEquals(List.of("a1", "b2"), clean.verified());
            assertEquals("migrate: verify: 2 applied revision(s) verified, none failed", clean.text());

            MigrationException failed = assertThrows(MigrationException.class, () -> migrator.upgrade("c3"));
            assertTrue(failed.getMessage().contains("vgadgets must start with one row")
                    || String.valueOf(failed.getCause()).contains("vgadgets must start with one row"), failed.toString());
            assertEquals(List.of("b2"), migrator.current());
            if (kind == DatabaseKind.POSTGRESQL) {
                assertFalse(tableExists(db, "vgadgets"), "rolled back with the upgrade: nothing left behind");
                assertEquals(List.of(), migrator.status().failed(), "nothing left to repair");
            } else {
                // DDL committed at once: the step is recorded as failed, to repair and mark resolved.
                assertTrue(tableExists(db, "vgadgets"));
                assertEquals(List.of("c3"), migrator.status().failed(), migrator.status().toString());
            }

            try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE vitems DROP COLUMN note");
            }
            VerifyResult drifted = migrator.verify();
            assertFalse(drifted.passed(), drifted.text());
            assertEquals(List.of("b2"), List.copyOf(drifted.failed().keySet()));
            assertTrue(drifted.failed().get("b2").contains("vitems has no column note"), drifted.text());
            assertTrue(drifted.text().startsWith("migrate: verify: 1 of 2 applied revision(s) failed\n  b2: "),
                    drifted.text());
            Map<String, String> none = Map.of();
            assertEquals(none, new VerifyResult(List.of(), none).failed());
        }
    }
}
