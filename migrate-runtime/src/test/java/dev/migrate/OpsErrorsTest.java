package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.spi.RevisionIndex;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.SchemaSnapshot;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every way an operation is refused names the revision, the operation and, where it matters, the database. */
class OpsErrorsTest {

    private static MigrationException upgradeFails(TestDatabase db, Class<? extends RevisionIndex> index) {
        try (Migrator migrator = Migrator.builder().dataSource(db.dataSource())
                .classLoader(new IndexClassLoader(index)).build()) {
            return assertThrows(MigrationException.class, () -> migrator.upgrade("heads"));
        }
    }

    private static List<String> upgrade(TestDatabase db, Class<? extends RevisionIndex> index) {
        try (Migrator migrator = Migrator.builder().dataSource(db.dataSource())
                .classLoader(new IndexClassLoader(index)).build()) {
            return migrator.upgrade("heads");
        }
    }

    private static boolean hasIndex(TestDatabase db, DatabaseKind kind) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            return SchemaSnapshot.of(c, kind).indexes("t").containsKey("ix_t_a");
        }
    }

    private static boolean hasTable(TestDatabase db, DatabaseKind kind) throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            return SchemaSnapshot.of(c, kind).objects().contains("t");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aPartialIndexRunsOnPostgresAndIsRefusedElsewhereBeforeItRuns(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            if (kind == DatabaseKind.POSTGRESQL) {
                assertEquals(List.of("p1"), upgrade(db, OpsErrorIndexes.Partial.class));
                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_t_a'")) {
                    assertTrue(r.next());
                    assertTrue(r.getString(1).endsWith("WHERE (a > 0)"), r.getString(1));
                }
                return;
            }
            MigrationException e = upgradeFails(db, OpsErrorIndexes.Partial.class);

            assertTrue(e.getMessage().startsWith("Revision p1 cannot run createIndex(\"ix_t_a\") on " + kind
                    + ": partial indexes (where) exist only on PostgreSQL"), e.getMessage());
            assertTrue(hasTable(db, kind), "the statement before it ran: " + kind + " commits DDL at once");
            assertFalse(hasIndex(db, kind));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void concurrentlyInATransactionalRevisionIsRefused(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            MigrationException e = upgradeFails(db, OpsErrorIndexes.ConcurrentInTransaction.class);

            if (kind == DatabaseKind.POSTGRESQL) {
                assertTrue(e.getMessage().startsWith("Revision c1 runs in a transaction, but createIndex(\"ix_t_a\")"
                        + " builds the index concurrently, which PostgreSQL cannot do in a transaction; declare the"
                        + " revision with @Revision(transactional = false)"), e.getMessage());
                assertFalse(hasTable(db, kind), "the revision was rolled back");
            } else {
                assertTrue(e.getMessage().startsWith("Revision c1 cannot run createIndex(\"ix_t_a\") on " + kind
                        + ": concurrently() is PostgreSQL's"), e.getMessage());
            }
            assertFalse(hasIndex(db, kind));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
    void concurrentlyRunsInANonTransactionalRevision(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            assertEquals(List.of("c1", "c2"), upgrade(db, OpsErrorIndexes.ConcurrentAlone.class));

            assertTrue(hasIndex(db, kind));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aMissingScriptIsNamed(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            MigrationException e = upgradeFails(db, OpsErrorIndexes.MissingScript.class);

            assertTrue(e.getMessage().startsWith("Revision s1 cannot run executeScript(\"no_such_script.sql\"): there"
                    + " is no resource no_such_script.sql on the class path (looked for dev/migrate/no_such_script.sql);"
                    + " put the script next to the revision's class (src/main/resources/dev/migrate/no_such_script.sql"
                    + " in a Maven project)"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aFailedScriptStatementIsNamedByItsNumber(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            MigrationException e = upgradeFails(db, OpsErrorIndexes.BadScript.class);

            assertTrue(e.getMessage().startsWith("Revision s2 failed to upgrade: the database rejected the statement"
                    + System.lineSeparator() + "  INSERT INTO nope VALUES (1)" + System.lineSeparator()), e.getMessage());
            assertTrue(e.getMessage().contains(System.lineSeparator() + "(statement 2 of dev/migrate/bad_script.sql)"),
                    e.getMessage());
            assertEquals(kind != DatabaseKind.POSTGRESQL, hasTable(db, kind), "statement 1 ran, unless rolled back");
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aTypeChangeNeedsTheExistingColumnOnEveryDatabase(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            MigrationException e = upgradeFails(db, OpsErrorIndexes.AlterWithoutExisting.class);

            assertTrue(e.getMessage().startsWith("Revision a1 cannot run alterColumn(\"t\", \"a\"): changing the type"
                    + " or nullability of column \"a\" needs the column as it is now"), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void aRejectedStatementIsQuoted(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            MigrationException e = upgradeFails(db, OpsErrorIndexes.Rejected.class);

            String quoted = kind == DatabaseKind.MYSQL ? "`nope`" : kind == DatabaseKind.H2 ? "\"NOPE\"" : "\"nope\"";
            assertTrue(e.getMessage().startsWith("Revision r1 failed to upgrade: the database rejected the statement"
                    + System.lineSeparator() + "  DROP TABLE " + quoted), e.getMessage());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void theConnectionCannotEndTheTransaction(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            MigrationException e = upgradeFails(db, OpsErrorIndexes.Commits.class);

            assertTrue(e.getMessage().startsWith("Revision k1 called commit() on the"
                    + " connection from Ops.connection(); migrate commits or rolls back the revision with its"
                    + " bookkeeping"), e.getMessage());
            if (kind != DatabaseKind.POSTGRESQL) {
                // Closing did nothing: both inserts ran on the step's connection.
                try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                        ResultSet r = s.executeQuery("SELECT COUNT(*) FROM t")) {
                    r.next();
                    assertEquals(2, r.getInt(1));
                }
            } else {
                assertFalse(hasTable(db, kind), "rolled back");
            }
        }
    }
}
