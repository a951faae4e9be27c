package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.report.CommandNames;
import dev.migrate.spi.RevisionIndex;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The messages that suggest a repair name the command of the front end that runs the migrator:
 * the Java API's calls by default, the front end's with {@link Migrator.Builder#commandNames}; never
 * Alembic's {@code stamp --purge}.
 */
class RepairCommandNamesTest {

    /** A front end that implements only what it had to before the repairs had names: it gets the API's stamp. */
    private static class Console implements CommandNames {
        @Override
        public String upgrade(String target) {
            return "console: upgrade " + target;
        }

        @Override
        public String resolve(String revision) {
            return "console: resolve " + revision;
        }

        @Override
        public String failOnAhead() {
            return "console: fail-on-ahead";
        }
    }

    /** A front end with its own stamp; the Maven plugin's names are tested in the plugin, against this runtime. */
    private static final CommandNames FRONT_END = new Console() {
        @Override
        public String stamp(boolean purge, String... targets) {
            return "console: stamp " + (purge ? "purged " : "") + String.join(" ", targets);
        }
    };

    private static Migrator migrator(DataSource dataSource, Class<? extends RevisionIndex> index, CommandNames names) {
        Migrator.Builder builder = Migrator.builder().dataSource(dataSource).classLoader(new IndexClassLoader(index));
        return (names == null ? builder : builder.commandNames(names)).build();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aRowNoBuildKnowsNamesTheFrontEndsStampWithPurge(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            try (Migrator shop = migrator(db.dataSource(), ShopIndex.class, null)) {
                shop.upgrade("b2");
            }
            Rows.execute(db.dataSource(), "INSERT INTO migrate_version (version_num) VALUES ('zzz999')");

            try (Migrator api = migrator(db.dataSource(), ShopIndex.class, null);
                    Migrator console = migrator(db.dataSource(), ShopIndex.class, FRONT_END)) {
                String byApi = assertThrows(MigrationException.class, () -> api.upgrade("heads")).getMessage();
                String byConsole = assertThrows(MigrationException.class, () -> console.upgrade("heads")).getMessage();

                assertTrue(byApi.endsWith("repair the version table with a stamp that purges it first:"
                        + " Migrator.stamp(true, \"<revision>\")"), byApi);
                assertTrue(byConsole.endsWith("repair the version table with a stamp that purges it first:"
                        + " console: stamp purged <revision>"), byConsole);
                assertEquals(byApi.replace("Migrator.stamp(true, \"<revision>\")", "console: stamp purged <revision>"),
                        byConsole, "the same failure, only the command differs");
                for (String message : List.of(byApi, byConsole)) {
                    assertFalse(message.contains("stamp --purge") || message.contains("mvn migrate:"), message);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aFailureOutsideATransactionNamesTheFrontEndsResolve(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator console = migrator(db.dataSource(), FailingIndex.class, FRONT_END)) {
            String failed = assertThrows(MigrationException.class, () -> console.upgrade("heads")).getMessage();
            assertTrue(failed.contains("mark the failure resolved with console: resolve half02."), failed);
            String blocked = assertThrows(MigrationException.class, () -> console.upgrade("heads")).getMessage();
            assertTrue(blocked.contains("Then mark the failure resolved with console: resolve half02, which records a"
                    + " rolled_back history row"), blocked);
            for (String message : List.of(failed, blocked)) {
                assertFalse(message.contains("Migrator.markResolved"), message);
            }
        }
    }

    @Test
    void aFrontEndThatNamesNoStampGetsTheApisCall() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2);
                Migrator older = migrator(db.dataSource(), ShopIndex.class, new Console())) {
            older.upgrade("b2");
            Rows.execute(db.dataSource(), "INSERT INTO migrate_version (version_num) VALUES ('zzz999')");
            String message = assertThrows(MigrationException.class, older::status).getMessage();
            assertTrue(message.endsWith(": Migrator.stamp(true, \"<revision>\")"), message);
        }
        assertEquals("Migrator.stamp(\"a1\", \"b2\")", CommandNames.API.stamp(false, "a1", "b2"));
        assertEquals("Migrator.stamp(true, \"heads\")", CommandNames.API.stamp(true, "heads"));
    }

    @Test
    void aStampTargetOfSeveralRevisionsNamesTheFrontEndsStampOfEach() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2);
                Migrator api = migrator(db.dataSource(), ShopIndex.class, null);
                Migrator console = migrator(db.dataSource(), ShopIndex.class, FRONT_END)) {
            assertEquals("Stamp target 'a1,b2' joins several revisions with commas in one target; give each revision as"
                    + " a target of its own: Migrator.stamp(\"a1\", \"b2\")",
                    assertThrows(MigrationException.class, () -> api.stamp("a1,b2")).getMessage());
            assertEquals("Stamp target 'a1,b2' joins several revisions with commas in one target; give each revision as"
                    + " a target of its own: console: stamp purged a1 b2",
                    assertThrows(MigrationException.class, () -> console.stamp(true, "a1,b2")).getMessage());
            assertEquals(List.of(), api.current(), "nothing was stamped");
        }
    }
}
