package dev.migrate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.internal.command.RuntimeMessage;
import dev.migrate.report.Check;
import dev.migrate.report.CommandNames;
import dev.migrate.report.Report;
import dev.migrate.report.Reports;
import dev.migrate.spi.RevisionIndex;
import dev.migrate.testing.DatabaseKind;
import dev.migrate.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A changed checksum of one applied revision is accepted with a reason, recorded in the history
 * table, after which that checksum is the one checked; on H2, PostgreSQL and MariaDB.
 */
class AcceptChecksumTest {

    /** The shop's revisions with the first one's source edited a second time. */
    public static final class EditedAgain extends ShopIndex {
        @Override
        protected String firstChecksum() {
            return "a-changed-again";
        }
    }

    private static Migrator migrator(DataSource dataSource, Class<? extends RevisionIndex> index) {
        return Migrator.builder().dataSource(dataSource).classLoader(new IndexClassLoader(index)).build();
    }

    /** A column, or an expression over columns, of the history rows of {@code revision}, oldest first. */
    private static List<String> rows(DataSource dataSource, String revision, String columns) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SELECT " + columns + " FROM migrate_history WHERE revision = '"
                        + revision + "' ORDER BY id")) {
            while (r.next()) {
                rows.add(r.getString(1));
            }
        }
        return rows;
    }

    /** Direction, status, checksum and message of the history rows of {@code revision}, oldest first. */
    private static List<String> rows(DataSource dataSource, String revision) throws SQLException {
        return rows(dataSource, revision, "CONCAT(direction, ' ', status, ' ', checksum, ' ', message)");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(DatabaseKind.class)
    void anAcceptedChecksumIsTheOneCheckedUntilTheNextEdit(DatabaseKind kind) throws Exception {
        try (TestDatabase db = TestDatabase.open(kind)) {
            DataSource ds = db.dataSource();
            try (Migrator migrator = migrator(ds, ShopIndex.class)) {
                migrator.upgrade("b2");
            }
            try (Migrator edited = migrator(ds, ShopIndex.Edited.class)) {
                MigrationException blocked = assertThrows(MigrationException.class, () -> edited.upgrade("heads"));
                assertTrue(blocked.getMessage().contains("accept the new checksum of each revision, with a reason the"
                        + " history table keeps: Migrator.acceptChecksum(\"a1\", \"<why>\");"), blocked.getMessage());
                MigrationException noReason = assertThrows(MigrationException.class,
                        () -> edited.acceptChecksum("a1", " "));
                assertEquals(RuntimeMessage.ACCEPT_NEEDS_REASON.format("a1", "Migrator.acceptChecksum(\"a1\","
                        + " \"<why>\")"), noReason.getMessage());
                assertEquals(List.of("a1"), edited.status().checksumMismatches());

                AcceptedChecksum accepted = edited.acceptChecksum("a1", " comment typo fixed ");

                assertEquals("a1", accepted.revision());
                assertEquals("a-changed", accepted.checksum());
                assertEquals("comment typo fixed", accepted.reason());
                assertEquals(List.of(), edited.status().checksumMismatches());
                assertEquals(List.of("c3"), edited.upgrade("heads"));
                assertTrue(edited.status().upToDate());
                assertEquals(List.of("upgrade applied aaaa create customers",
                        "checksum accepted a-changed comment typo fixed"), rows(ds, "a1"));
                List<String> users = rows(ds, "a1", "installed_by");
                assertNotNull(users.get(1));
                assertEquals(users.get(0), users.get(1));

                // history shows it after the run it follows, in the text and the JSON.
                RevisionRun run = edited.runs().get("a1");
                assertEquals(RevisionRun.Outcome.APPLIED, run.outcome());
                assertEquals(accepted, run.acceptedChecksum());
                assertNull(edited.runs().get("b2").acceptedChecksum());
                Report history = Reports.history(edited, null, false, false);
                assertTrue(history.text().contains("[x] <base> -> a1, create customers  (applied "), history.text());
                assertTrue(history.text().contains("; checksum accepted " + accepted.acceptedAt().truncatedTo(
                        java.time.temporal.ChronoUnit.SECONDS) + " by " + users.get(1) + ": comment typo fixed)"),
                        history.text());
                assertTrue(history.json().contains("\"checksumAccepted\":{\"checksum\":\"a-changed\",\"reason\":"
                        + "\"comment typo fixed\",\"acceptedAt\":\"" + accepted.acceptedAt() + "\""), history.json());
                assertTrue(history.json().contains("\"checksumAccepted\":null"), history.json());

                MigrationException again = assertThrows(MigrationException.class,
                        () -> edited.acceptChecksum("a1", "once more"));
                assertEquals(RuntimeMessage.ACCEPT_UNCHANGED.format("a1", "a-changed", "(none)"), again.getMessage());
            }
            try (Migrator editedAgain = migrator(ds, EditedAgain.class)) {
                assertEquals(List.of("a1"), editedAgain.status().checksumMismatches());
                MigrationException blocked = assertThrows(MigrationException.class, () -> editedAgain.upgrade("heads"));
                assertTrue(blocked.getMessage().startsWith("The source of applied revisions changed since they were"
                        + " applied: a1."), blocked.getMessage());
            }
        }
    }

    @Test
    void onlyAnAppliedRevisionWhoseSourceChangedCanBeAccepted() throws Exception {
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2)) {
            DataSource ds = db.dataSource();
            try (Migrator migrator = migrator(ds, ShopIndex.class)) {
                migrator.upgrade("a1");
                migrator.stamp("b2");
            }
            try (Migrator edited = migrator(ds, ShopIndex.Edited.class)) {
                MigrationException never = assertThrows(MigrationException.class,
                        () -> edited.acceptChecksum("c3", "why not"));
                assertEquals(RuntimeMessage.ACCEPT_NOT_APPLIED.format("c3", "it has never run here", "a1"),
                        never.getMessage());
                MigrationException stamped = assertThrows(MigrationException.class,
                        () -> edited.acceptChecksum("b2", "why not"));
                assertEquals(RuntimeMessage.ACCEPT_NOT_APPLIED.format("b2", "it was stamped, not run", "a1"),
                        stamped.getMessage());
                MigrationException unknown = assertThrows(MigrationException.class,
                        () -> edited.acceptChecksum("zz99", "why not"));
                assertTrue(unknown.getMessage().startsWith("Cannot accept the checksum of 'zz99': No revision"),
                        unknown.getMessage());
                assertTrue(unknown.getMessage().endsWith("those of this build: a1. Nothing was changed"),
                        unknown.getMessage());
                assertEquals(List.of("upgrade applied aaaa create customers"), rows(ds, "a1"));

                assertEquals("a1", edited.acceptChecksum("a1", "reformatted").revision());
            }
        }
    }

    @Test
    void theCheckAndTheBlockedUpgradeNameTheFrontEndsCommand() throws Exception {
        CommandNames frontEnd = new FrontEndNames();
        try (TestDatabase db = TestDatabase.open(DatabaseKind.H2)) {
            try (Migrator migrator = migrator(db.dataSource(), ShopIndex.class)) {
                migrator.upgrade("heads");
            }
            try (Migrator edited = Migrator.builder().dataSource(db.dataSource()).commandNames(frontEnd)
                    .classLoader(new IndexClassLoader(ShopIndex.Edited.class)).build()) {
                MigrationException blocked = assertThrows(MigrationException.class, () -> edited.upgrade("heads"));
                assertTrue(blocked.getMessage().contains("history table keeps: tool accept a1 --reason <why>;"),
                        blocked.getMessage());
                Check check = Check.run(edited, null, frontEnd);
                assertEquals(List.of("applied revision(s) whose source changed a1: restore their source, or move the"
                        + " change into a new revision; if the change does not alter what a revision does, accept its"
                        + " new checksum with a reason (tool accept a1 --reason <why>)"), check.problems());
            }
        }
    }
}
