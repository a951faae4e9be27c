package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.internal.command.RuntimeMessage;
import dev.migrate.internal.engine.EngineMessage;
import dev.migrate.internal.engine.UnappliedAncestors;
import dev.migrate.report.Check;
import dev.migrate.report.CommandNames;
import dev.migrate.report.Reports;
import dev.migrate.spi.RevisionIndex;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Issue 11, "history that lies", on H2, PostgreSQL and MariaDB: a revision inserted under revisions
 * that ran already, and an applied revision renamed, are named by status, check, history and an
 * upgrade that refuses, instead of looking applied and being skipped for good.
 */
class UnappliedAncestorTest {

    private static Migrator migrator(DataSource dataSource, Class<? extends RevisionIndex> index,
            boolean validateChecksums) {
        return Migrator.builder().dataSource(dataSource).classLoader(new IndexClassLoader(index))
                .validateChecksums(validateChecksums).build();
    }

    private static Migrator migrator(DataSource dataSource, Class<? extends RevisionIndex> index) {
        return migrator(dataSource, index, true);
    }

    /** Upgrades a fresh database with the build that ran first. */
    private static void upgradeWith(DataSource dataSource, Class<? extends RevisionIndex> index) {
        try (Migrator first = migrator(dataSource, index)) {
            first.upgrade("heads");
        }
    }

    private static String refusal(String command, String... lines) {
        return EngineMessage.UNAPPLIED_REFUSES.format(command, "  - " + String.join(System.lineSeparator() + "  - ",
                lines));
    }

    private static String inserted(String id, String head, String stamp) {
        return UnappliedAncestors.problem(id, null, List.of(), List.of(head), stamp);
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void revisionInsertedUnderAppliedOnesIsNamedAndBlocksTheUpgrade(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            DataSource ds = db.dataSource();
            upgradeWith(ds, ChainEditIndexes.Chain.class);
            List<String> historyBefore = Rows.history(ds);
            try (Migrator edited = migrator(ds, ChainEditIndexes.Inserted.class)) {
                Status status = edited.status();
                assertEquals(List.of("r015"), status.unappliedAncestors());
                assertEquals(Map.of(), status.renamedFrom());
                assertEquals(List.of(), status.pending());
                assertFalse(status.upToDate());
                String json = Reports.status(status).json();
                assertTrue(json.contains("\"ahead\":[],\"unappliedAncestors\":[\"r015\"],\"renamedFrom\":{}"), json);
                assertTrue(Reports.status(status).text().contains(
                        "unapplied ancestors (below current, never applied or stamped): r015"));

                Check check = Check.run(edited, null, CommandNames.API);
                assertFalse(check.passed());
                assertEquals(List.of(inserted("r015", "r003", "run Migrator.stamp(\"r015\")")), check.problems());

                RevisionInfo r015 = edited.history().stream().filter(r -> r.id().equals("r015")).findFirst()
                        .orElseThrow();
                assertFalse(r015.applied());
                String history = Reports.history(edited, null, false, false).text();
                assertTrue(history.contains("[?] = unapplied ancestor: below the current revisions, never applied or"
                        + " stamped"), history);
                assertTrue(history.contains("\n[?] r001 -> r015, table r015"), history);
                assertTrue(history.contains("\n[x] r015 -> r002, table r002"), history);

                String refused = refusal("upgrade", inserted("r015", "r003", RuntimeMessage.STAMP_ADVICE.format("r015")));
                assertEquals(refused, assertThrows(MigrationException.class, () -> edited.upgrade("heads")).getMessage());
                // Reverting it would run the downgrade of what never ran.
                assertEquals(refusal("downgrade", inserted("r015", "r003", RuntimeMessage.STAMP_ADVICE.format("r015"))),
                        assertThrows(MigrationException.class, () -> edited.downgrade("base")).getMessage());
            }
            try (Migrator unchecked = migrator(ds, ChainEditIndexes.Inserted.class, false)) {
                MigrationException e = assertThrows(MigrationException.class, () -> unchecked.upgrade("heads"));
                assertTrue(e.getMessage().startsWith("Cannot upgrade: "), e.getMessage());
            }
            assertEquals(historyBefore, Rows.history(ds));
            assertEquals(List.of("r003"), Rows.versions(ds));
            assertFalse(Rows.tableExists(ds, "t_r015"));

            // The first fix the refusal names: r015 revises the head instead.
            try (Migrator moved = migrator(ds, ChainEditIndexes.Appended.class)) {
                assertEquals(List.of(), moved.status().unappliedAncestors());
                assertEquals(List.of("r015"), moved.upgrade("heads"));
                assertTrue(Rows.tableExists(ds, "t_r015"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void stampOfAnUnappliedAncestorRecordsItWithoutMovingTheRows(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            DataSource ds = db.dataSource();
            upgradeWith(ds, ChainEditIndexes.Chain.class);
            try (Migrator edited = migrator(ds, ChainEditIndexes.Inserted.class)) {
                assertEquals(List.of("r003"), edited.stamp("r015"));
                assertEquals(List.of("r001 upgrade applied", "r002 upgrade applied", "r003 upgrade applied",
                        "r015 stamp applied"), Rows.history(ds));
                assertTrue(edited.status().upToDate());
                assertTrue(edited.history().stream().allMatch(RevisionInfo::applied));
                assertTrue(Check.run(edited, null, CommandNames.API).passed());
                assertEquals(List.of(), edited.upgrade("heads"));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void stampCoversWhatWasBelowTheStampedRevisionWhenItRan(DatabaseKind kind) throws Exception {
        // A stamp of heads writes a row for r003 only: r001 and r002 count as stamped with it.
        assertStampCovers(kind, chain -> chain.stamp("heads"), List.of("r003 stamp applied"));
        // r002's latest row is its downgrade; the stamp of r003, which stood on it, covers it.
        assertStampCovers(kind, chain -> {
            chain.upgrade("heads");
            chain.downgrade("r001");
            chain.stamp("r003");
        }, List.of("r001 upgrade applied", "r002 upgrade applied", "r003 upgrade applied", "r003 downgrade applied",
                "r002 downgrade applied", "r003 stamp applied"));
    }

    /**
     * After {@code stamp}, every revision of the chain counts as applied; a build with r015 between
     * r002 and r003 is refused, since r003's latest row records that it stood on r002.
     */
    private static void assertStampCovers(DatabaseKind kind, Consumer<Migrator> stamp, List<String> history)
            throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            DataSource ds = db.dataSource();
            try (Migrator chain = migrator(ds, ChainEditIndexes.Chain.class)) {
                stamp.accept(chain);
                assertEquals(history, Rows.history(ds));
                assertTrue(chain.status().upToDate());
                assertTrue(chain.history().stream().allMatch(RevisionInfo::applied));
                assertEquals(List.of(), chain.upgrade("heads"));
            }
            try (Migrator edited = migrator(ds, ChainEditIndexes.InsertedUnderHead.class)) {
                assertEquals(List.of("r015"), edited.status().unappliedAncestors());
                assertEquals(refusal("upgrade", inserted("r015", "r003", RuntimeMessage.STAMP_ADVICE.format("r015"))),
                        assertThrows(MigrationException.class, () -> edited.upgrade("heads")).getMessage());
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void renamedRevisionIsSaidGoneAndItsNewIdNeverRan(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            DataSource ds = db.dataSource();
            upgradeWith(ds, ChainEditIndexes.Chain.class);
            try (Migrator renamed = migrator(ds, ChainEditIndexes.Renamed.class, false)) {
                Status status = renamed.status();
                assertEquals(List.of("r002b"), status.unappliedAncestors());
                assertEquals(Map.of("r002b", "r002"), status.renamedFrom());
                assertTrue(Reports.status(status).json().contains(
                        "\"unappliedAncestors\":[\"r002b\"],\"renamedFrom\":{\"r002b\":\"r002\"}"));

                String problem = UnappliedAncestors.problem("r002b", "r002", List.of("r001"), List.of("r003"),
                        "run Migrator.stamp(\"r002b\")");
                assertTrue(problem.startsWith("r002b never ran here, and r002, which was applied, is gone from this"
                        + " build: r002b stands where r002 stood (on r001)"), problem);
                assertEquals(List.of(problem), Check.run(renamed, null, CommandNames.API).problems());

                assertEquals(refusal("upgrade", UnappliedAncestors.problem("r002b", "r002", List.of("r001"),
                        List.of("r003"), RuntimeMessage.STAMP_ADVICE.format("r002b"))),
                        assertThrows(MigrationException.class, () -> renamed.upgrade("heads")).getMessage());
                assertTrue(Reports.history(renamed, null, false, false).text().contains("\n[?] r001 -> r002b"));
            }
            assertEquals(List.of("r003"), Rows.versions(ds));
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void renamedHeadInTheVersionTableIsSaidGone(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            DataSource ds = db.dataSource();
            upgradeWith(ds, ChainEditIndexes.ShortChain.class);
            try (Migrator renamed = migrator(ds, ChainEditIndexes.RenamedHead.class)) {
                String diverged = EngineMessage.DIVERGED.format("r002", "r002b",
                        EngineMessage.ROW_RENAMED.format("r002", "r002b", "r001"), CommandNames.API.merge(),
                        CommandNames.API.stamp(true, "<revision>"));

                assertEquals(diverged, assertThrows(MigrationException.class, () -> renamed.upgrade("heads")).getMessage());
                assertEquals(diverged, assertThrows(MigrationException.class, renamed::status).getMessage());
            }
            assertEquals(List.of("r002"), Rows.versions(ds));
            assertFalse(Rows.tableExists(ds, "t_r002b"));
        }
    }
}
