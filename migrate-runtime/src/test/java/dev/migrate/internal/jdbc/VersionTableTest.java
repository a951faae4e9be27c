package dev.migrate.internal.jdbc;

import dev.migrate.MigrationException;
import dev.migrate.internal.db.Dialect;
import dev.migrate.internal.db.Dialects;
import dev.migrate.internal.db.TableNames;
import dev.migrate.internal.engine.RowChange;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VersionTableTest {

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void creatingTheTablesTwiceKeepsTheirRows(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Dialect dialect = Dialects.of(c);
            TableNames names = TableNames.defaults();
            VersionTable versions = new VersionTable(dialect, names);
            HistoryTable history = new HistoryTable(dialect, names);
            versions.create(c);
            history.create(c);
            versions.apply(c, List.of(new RowChange.Insert("a1")));
            versions.create(c);
            history.create(c);
            assertEquals(Set.of("a1"), versions.read(c));
            assertTrue(history.latestByRevision(c).isEmpty());
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void appliesRowChangesInOrder(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            VersionTable versions = new VersionTable(Dialects.of(c), TableNames.defaults());
            versions.create(c);
            assertEquals(Set.of(), versions.read(c));
            versions.apply(c, List.of(new RowChange.Insert("a"), new RowChange.Insert("b")));
            assertEquals(List.of("a", "b"), List.copyOf(versions.read(c)));
            versions.apply(c, List.of(new RowChange.Update("a", "c"), new RowChange.Delete("b")));
            assertEquals(Set.of("c"), versions.read(c));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void anUpdateOrDeleteThatMatchesNoRowFails(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            VersionTable versions = new VersionTable(Dialects.of(c), TableNames.defaults());
            versions.create(c);
            versions.apply(c, List.of(new RowChange.Insert("a")));
            MigrationException update = assertThrows(MigrationException.class,
                    () -> versions.apply(c, List.of(new RowChange.Update("gone", "b"))));
            assertTrue(update.getMessage().contains("update version gone to b"), update.getMessage());
            assertTrue(update.getMessage().contains("0 rows matched"), update.getMessage());
            assertTrue(update.getMessage().contains("concurrently"), update.getMessage());
            MigrationException delete = assertThrows(MigrationException.class,
                    () -> versions.apply(c, List.of(new RowChange.Delete("gone"))));
            assertTrue(delete.getMessage().contains("delete version gone"), delete.getMessage());
            MigrationException duplicate = assertThrows(MigrationException.class,
                    () -> versions.apply(c, List.of(new RowChange.Insert("a"))));
            assertTrue(duplicate.getMessage().contains("insert version a"), duplicate.getMessage());
            assertEquals(Set.of("a"), versions.read(c));
        }
    }

    /** The table is found in the connection's schema or a named one, under a plain or a mixed-case name. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void existsLooksOnlyWhereTheTableShouldBe(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Dialect dialect = Dialects.of(c);
            String other = db.createSchema();
            for (TableNames names : List.of(TableNames.defaults(), new TableNames(other, "App_Version", "App_History"))) {
                VersionTable versions = new VersionTable(dialect, names);
                assertFalse(versions.exists(c), names.toString());
                versions.create(c);
                assertTrue(versions.exists(c), names.toString());
            }
            assertFalse(new VersionTable(dialect, TableNames.defaults().inSchema(other)).exists(c),
                    "only App_Version is in the other schema");
            assertFalse(new VersionTable(dialect, new TableNames(null, "App_Version", "App_History")).exists(c),
                    "App_Version is only in the other schema");
        }
    }

    /** PostgreSQL and H2 schemas, a MySQL/MariaDB database: the tables go there and only there. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void worksInAnotherSchema(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Connection c = db.dataSource().getConnection()) {
            Dialect dialect = Dialects.of(c);
            TableNames names = new TableNames(db.createSchema(), "app_version", "app_history");
            VersionTable versions = new VersionTable(dialect, names);
            HistoryTable history = new HistoryTable(dialect, names);
            versions.create(c);
            history.create(c);
            versions.apply(c, List.of(new RowChange.Insert("x1")));
            assertEquals(Set.of("x1"), versions.read(c));
            assertTrue(Fixtures.tableExists(c, dialect.qualify(names.schema(), "app_version")));
            assertTrue(Fixtures.tableExists(c, dialect.qualify(names.schema(), "app_history")));
            assertFalse(Fixtures.tableExists(c, dialect.quote("app_version")), "created in the default schema");
            // The default schema can hold its own, independent tables.
            VersionTable defaults = new VersionTable(dialect, names.inSchema(null));
            defaults.create(c);
            assertEquals(Set.of(), defaults.read(c));
        }
    }
}
