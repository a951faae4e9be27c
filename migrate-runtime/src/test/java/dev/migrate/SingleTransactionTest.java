package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.spi.RevisionIndex;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** {@code singleTransaction(true)}: a command commits as a whole, on PostgreSQL; refused elsewhere. */
class SingleTransactionTest {

    private static Migrator migrator(DataSource dataSource, Class<? extends RevisionIndex> index, boolean single,
            List<String> events) {
        return Migrator.builder().dataSource(dataSource).classLoader(new IndexClassLoader(index))
                .singleTransaction(single).listener(new MigrationListener() {
                    @Override public void started(RevisionInfo revision, Direction direction) {
                        events.add("start " + revision.id());
                    }
                    @Override public void finished(RevisionInfo revision, Direction direction, Duration took) {
                        events.add("done " + revision.id());
                    }
                    @Override public void failed(RevisionInfo revision, Direction direction, MigrationException e) {
                        events.add("failed " + revision.id());
                    }
                }).build();
    }

    private static Migrator migrator(DataSource dataSource, Class<? extends RevisionIndex> index) {
        return migrator(dataSource, index, true, new ArrayList<>());
    }

    /** Each history row as "revision direction status in_transaction", oldest first. */
    private static List<String> history(DataSource dataSource) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT revision, direction, status, in_transaction FROM migrate_history"
                        + " ORDER BY id")) {
            while (r.next()) {
                rows.add(r.getString(1) + " " + r.getString(2) + " " + r.getString(3) + " " + r.getBoolean(4));
            }
        }
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
    void everyStepCommitsTogether(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = migrator(db.dataSource(), ShopIndex.class)) {
            assertEquals(List.of("a1", "b2", "c3"), migrator.upgrade("heads"));

            assertEquals(List.of("c3"), migrator.current());
            assertTrue(MigratorTest.tableExists(db.dataSource(), "orders"));
            assertEquals(List.of("a1 upgrade applied true", "b2 upgrade applied true", "c3 upgrade applied true"),
                    history(db.dataSource()));

            assertEquals(List.of("c3", "b2", "a1"), migrator.downgrade("base"));
            assertEquals(List.of(), migrator.current());
            assertFalse(MigratorTest.tableExists(db.dataSource(), "customers"));
            assertEquals(6, history(db.dataSource()).size());
        }
    }

    /** The third of three revisions fails: the first two are rolled back with it. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
    void aFailureInTheThirdRevisionLeavesNothingApplied(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            try (Migrator first = migrator(db.dataSource(), ThirdFailsIndex.class, false, new ArrayList<>())) {
                assertEquals(List.of("z0"), first.upgrade("z0"));
            }
            List<String> events = new ArrayList<>();
            try (Migrator migrator = migrator(db.dataSource(), ThirdFailsIndex.class, true, events)) {
                MigrationException e = assertThrows(MigrationException.class, () -> migrator.upgrade("heads"));

                assertTrue(e.getMessage().startsWith("Revision c3 failed to upgrade"), e.getMessage());
                assertTrue(e.getMessage().contains("INSERT INTO nowhere VALUES (1)"), e.getMessage());
                assertTrue(e.getMessage().contains("single transaction, which was rolled back: nothing was left"
                        + " applied, not even the 2 revision(s) before this one"), e.getMessage());
                assertEquals(List.of("start a1", "done a1", "start b2", "done b2", "start c3", "failed c3"), events);
                assertEquals(List.of("z0"), migrator.current());
                assertTrue(MigratorTest.tableExists(db.dataSource(), "t_z0"));
                for (String table : List.of("t_a1", "t_b2", "t_c3")) {
                    assertFalse(MigratorTest.tableExists(db.dataSource(), table), table + " was rolled back");
                }
                assertEquals(List.of("z0 upgrade applied true", "c3 upgrade failed true"), history(db.dataSource()));
                Status status = migrator.status();
                assertEquals(List.of(), status.failed(), "a rolled-back failure blocks nothing");
                assertEquals(List.of("a1", "b2", "c3"), status.pending());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = "POSTGRESQL")
    void aNonTransactionalRevisionInThePlanIsRefusedFirst(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind);
                Migrator migrator = migrator(db.dataSource(), ThirdFailsIndex.WithOutsider.class)) {
            MigrationException e = assertThrows(MigrationException.class, () -> migrator.upgrade("b2"));

            assertEquals("The plan includes revisions declared @Revision(transactional = false): b2. They cannot run"
                    + " inside the single transaction that singleTransaction asks for. Turn singleTransaction off (the"
                    + " plugin's migrate.singleTransaction) for this command. Nothing was changed", e.getMessage());
            assertFalse(MigratorTest.tableExists(db.dataSource(), "migrate_version"), "nothing was written");
            assertFalse(MigratorTest.tableExists(db.dataSource(), "t_z0"));
        }
    }

    /** MySQL, MariaDB and H2 commit DDL at once: the option is refused before anything is written. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(value = DatabaseKind.class, names = {"MYSQL", "H2"})
    void refusedWithoutTransactionalDdl(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator migrator = migrator(db.dataSource(), ShopIndex.class)) {
            String database = kind == DatabaseKind.H2 ? "H2" : "MySQL/MariaDB";
            List<org.junit.jupiter.api.function.Executable> commands =
                    List.of(() -> migrator.upgrade("heads"), () -> migrator.downgrade("base"));
            for (var command : commands) {
                MigrationException e = assertThrows(MigrationException.class, command);

                assertEquals("A single transaction for the whole command needs DDL that can be rolled back, as"
                        + " PostgreSQL has; " + database + " commits each DDL statement at once, so the revisions"
                        + " cannot commit together. Turn singleTransaction off (the plugin's migrate.singleTransaction)"
                        + " to commit each revision on its own. Nothing was changed", e.getMessage());
            }
            assertFalse(MigratorTest.tableExists(db.dataSource(), "migrate_version"), "nothing was written");
            assertFalse(MigratorTest.tableExists(db.dataSource(), "customers"));
        }
    }
}
