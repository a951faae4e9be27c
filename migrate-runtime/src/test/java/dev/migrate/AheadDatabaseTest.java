package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.internal.engine.EngineMessage;
import dev.migrate.report.CommandNames;
import dev.migrate.spi.RevisionIndex;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Several builds on one database, end to end on H2, PostgreSQL and MariaDB: an older build
 * ({@link ShopIndex}) against a database that a newer one ({@link NewerShopIndex}) upgraded, and
 * version rows that do not descend from the build's heads.
 */
class AheadDatabaseTest {

    private static final String SEP = System.lineSeparator();

    /** Collects the warnings a migrator gives. */
    static final class Warnings implements MigrationListener {
        final List<String> messages = new ArrayList<>();

        @Override
        public void warning(String message) {
            messages.add(message);
        }
    }

    static Migrator migrator(DataSource dataSource, Class<? extends RevisionIndex> index, MigrationListener listener) {
        return Migrator.builder().dataSource(dataSource).classLoader(new IndexClassLoader(index)).listener(listener)
                .build();
    }

    static Migrator migrator(DataSource dataSource, Class<? extends RevisionIndex> index) {
        return migrator(dataSource, index, new MigrationListener() {});
    }

    /** The history as {@code revision direction status lineage}, oldest first. */
    static List<String> history(DataSource dataSource) throws Exception {
        return Rows.query(dataSource, "SELECT revision, direction, status, lineage FROM migrate_history ORDER BY id");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void upgradeAndStampRecordWhatEachRevisionStandsOn(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind); Migrator newer = migrator(db.dataSource(), NewerShopIndex.class)) {
            newer.upgrade("heads");
            newer.stamp("d4");
            newer.downgrade("base");

            assertEquals(List.of("a1 upgrade applied ", "b2 upgrade applied a1", "c3 upgrade applied b2",
                    "d4 upgrade applied c3", "e5 upgrade applied d4;a1", "d4 stamp applied c3",
                    "d4 downgrade applied c3", "c3 downgrade applied b2", "b2 downgrade applied a1",
                    "a1 downgrade applied "), history(db.dataSource()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void olderBuildLeavesANewerDatabaseAsItIs(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            try (Migrator newer = migrator(db.dataSource(), NewerShopIndex.class)) {
                assertEquals(List.of("a1", "b2", "c3", "d4", "e5"), newer.upgrade("heads"));
            }
            List<String> historyBefore = history(db.dataSource());
            Warnings warnings = new Warnings();
            try (Migrator older = migrator(db.dataSource(), ShopIndex.class, warnings)) {
                String ahead = EngineMessage.AHEAD.format("d4, e5", "c3");

                assertEquals(List.of(), older.upgrade("heads"));
                assertEquals(List.of(), older.upgrade("b2"));
                assertEquals(List.of(ahead, ahead), warnings.messages);

                Status status = older.status();
                assertEquals(List.of("d4", "e5"), status.ahead());
                assertEquals(List.of(), status.pending());
                assertTrue(status.upToDate());
                assertEquals("{\"upToDate\":true,\"current\":[\"e5\"],\"pending\":[],\"failed\":[],"
                        + "\"checksumMismatches\":[],\"ahead\":[\"d4\",\"e5\"]}", status.toJson());
                assertTrue(older.history().stream().allMatch(RevisionInfo::applied));

                assertEquals(EngineMessage.AHEAD_ABOVE.format("e5", "d4, e5"),
                        assertThrows(MigrationException.class, () -> older.upgrade("e5")).getMessage());
                assertEquals(EngineMessage.AHEAD_ABOVE.format("+1", "d4, e5"),
                        assertThrows(MigrationException.class, () -> older.upgrade("+1")).getMessage());
                assertEquals(EngineMessage.AHEAD_REFUSES.format("downgrade", "d4, e5", "c3", ""),
                        assertThrows(MigrationException.class, () -> older.downgrade("-1")).getMessage());
                assertEquals(EngineMessage.AHEAD_REFUSES.format("stamp", "d4, e5", "c3",
                        EngineMessage.AHEAD_STAMP_PURGE.format(CommandNames.API.stamp(true, "<revision>"))),
                        assertThrows(MigrationException.class, () -> older.stamp("b2")).getMessage());
                assertThrows(MigrationException.class, () -> older.downgradeSql("base"));
                assertTrue(older.upgradeSql("heads").lines().allMatch(line -> line.isEmpty() || line.startsWith("--")));
            }
            try (Migrator strict = Migrator.builder().dataSource(db.dataSource())
                    .classLoader(new IndexClassLoader(ShopIndex.class)).failOnAhead(true).build()) {
                assertEquals(EngineMessage.AHEAD_FAILS.format("d4, e5", "c3"),
                        assertThrows(MigrationException.class, () -> strict.upgrade("heads")).getMessage());
            }
            assertEquals(List.of("e5"), Rows.versions(db.dataSource()));
            assertEquals(historyBefore, history(db.dataSource()));
            assertTrue(MigratorTest.tableExists(db.dataSource(), "invoices"));

            try (Migrator newer = migrator(db.dataSource(), NewerShopIndex.class);
                    Migrator older = migrator(db.dataSource(), ShopIndex.class)) {
                // The newer build takes the database back; the older one then finds it where it expects it.
                assertEquals(List.of("e5", "d4"), newer.downgrade("c3"));
                assertEquals(List.of(), older.status().ahead());
                assertEquals(List.of("c3"), older.downgrade("b2"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void divergedBranchFails(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            try (Migrator forked = migrator(db.dataSource(), ForkedShopIndex.class)) {
                forked.upgrade("heads");
            }
            try (Migrator shop = migrator(db.dataSource(), ShopIndex.class)) {
                // c3 stands where x3 stood: a diverged branch, or x3 renamed, as the line says.
                String diverged = EngineMessage.DIVERGED.format("x3", "c3",
                        EngineMessage.ROW_RENAMED.format("x3", "c3", "b2"),
                        CommandNames.API.merge(), CommandNames.API.stamp(true, "<revision>"));

                assertEquals(diverged, assertThrows(MigrationException.class, () -> shop.upgrade("heads")).getMessage());
                assertEquals(diverged, assertThrows(MigrationException.class, shop::status).getMessage());
                assertEquals(diverged, assertThrows(MigrationException.class, () -> shop.stamp("c3")).getMessage());
                assertEquals(List.of("x3"), Rows.versions(db.dataSource()));

                // The way out the message names: a stamp that purges the rows first.
                assertEquals(List.of("b2"), shop.stamp(true, "b2"));
                assertEquals(List.of("c3"), shop.status().pending());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void anotherProjectsRowsAndRowsWrittenByHandFail(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            try (Migrator other = migrator(db.dataSource(), OtherProjectIndex.class)) {
                other.upgrade("heads");
            }
            Rows.execute(db.dataSource(), "INSERT INTO migrate_version (version_num) VALUES ('zz')");
            try (Migrator shop = migrator(db.dataSource(), ShopIndex.class)) {
                MigrationException e = assertThrows(MigrationException.class, () -> shop.upgrade("heads"));

                assertEquals(EngineMessage.DIVERGED.format("p1, zz", "c3", String.join(SEP,
                        EngineMessage.ROW_OF_NOTHING_HERE.format("p1"),
                        EngineMessage.ROW_WITHOUT_LINEAGE.format("zz", "zz")),
                        CommandNames.API.merge(), CommandNames.API.stamp(true, "<revision>")), e.getMessage());
                assertEquals(List.of("p1", "zz"), Rows.versions(db.dataSource()));
                assertTrue(!MigratorTest.tableExists(db.dataSource(), "customers"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void missingHistoryTableIsCreatedAgainKeepingTheRows(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            Warnings warnings = new Warnings();
            try (Migrator shop = migrator(db.dataSource(), ShopIndex.class, warnings)) {
                shop.upgrade("b2");
                Rows.execute(db.dataSource(), "DROP TABLE migrate_history");

                // Reading needs no history table, and creates none.
                assertEquals(List.of("c3"), shop.status().pending());
                assertTrue(!MigratorTest.tableExists(db.dataSource(), "migrate_history"));

                assertEquals(List.of("c3"), shop.upgrade("heads"));
                assertEquals(1, warnings.messages.size());
                assertTrue(warnings.messages.get(0).startsWith("The version table "), warnings.messages.get(0));
                assertTrue(warnings.messages.get(0).contains("created an empty one, and kept the version rows (b2)"),
                        warnings.messages.get(0));
                assertEquals(List.of("c3 upgrade applied b2"), history(db.dataSource()));
                assertEquals(List.of("c3"), Rows.versions(db.dataSource()));
                assertTrue(shop.status().upToDate());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void previousReleaseTablesGetTheLineageColumnInPlace(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            PreviousReleaseTables.create(db);
            try (Migrator shop = migrator(db.dataSource(), ShopIndex.class)) {
                assertEquals(List.of("b2", "c3"), shop.upgrade("heads"));
            }
            assertEquals(List.of("a1 upgrade applied null", "b2 upgrade applied a1", "c3 upgrade applied b2"),
                    history(db.dataSource()));
            try (Migrator newer = migrator(db.dataSource(), NewerShopIndex.class);
                    Migrator older = migrator(db.dataSource(), ShopIndex.class)) {
                newer.upgrade("heads");
                assertEquals(List.of("d4", "e5"), older.status().ahead());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void previousReleaseTablesStillServeReadsAndResolving(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            PreviousReleaseTables.create(db);
            try (Migrator shop = migrator(db.dataSource(), ShopIndex.class)) {
                assertEquals(List.of("b2", "c3"), shop.status().pending());
                assertEquals(List.of("a1"), shop.current());
                assertEquals("c3, b2, a1", shop.history().stream().map(RevisionInfo::id)
                        .collect(Collectors.joining(", ")));
            }
            // Reading leaves the layout alone.
            assertThrows(java.sql.SQLException.class, () -> history(db.dataSource()));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void scriptForPreviousReleaseTablesAddsTheLineageColumnFirst(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            PreviousReleaseTables.create(db);
            try (Migrator shop = migrator(db.dataSource(), ShopIndex.class)) {
                String script = shop.upgradeSql("heads");
                for (String statement : script.split(";\\n\\n")) {
                    String sql = statement.lines().filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"));
                    if (!sql.isBlank()) {
                        Rows.execute(db.dataSource(), sql);
                    }
                }
                assertTrue(shop.status().upToDate());
            }
            assertEquals(List.of("a1 upgrade applied null", "b2 upgrade applied a1", "c3 upgrade applied b2"),
                    history(db.dataSource()));
        }
    }
}
