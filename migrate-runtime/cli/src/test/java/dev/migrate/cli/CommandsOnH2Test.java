package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command that connects, on an in-memory H2 database of the test's own. */
class CommandsOnH2Test {

    // H2 takes its lock on a table of its own.
    private static final Set<String> ALL = Set.of("items", "notes", "tags", "orders", "payments", "migrate_version",
            "migrate_version_lock", "migrate_history");

    private final Cli cli = new Cli();
    private Database db;

    @BeforeEach
    void open() throws Exception {
        db = Database.open(Database.Kind.H2);
    }

    @AfterEach
    void close() throws Exception {
        db.close();
    }

    @Test
    void lintWithADatabaseLeavesTheAppliedRevisionsAlone() throws Exception {
        assertEquals(0, cli.run(db.args("upgrade", "a1items")).code());
        Cli.Result lint = cli.run(db.args("lint", "--json"));

        assertEquals(0, lint.code(), lint.toString());
        List<?> linted = (List<?>) JSON.std.mapFrom(lint.out()).get("revisions");
        assertEquals(4, linted.size(), lint.toString());
        assertFalse(linted.contains("a1items"), lint.toString());
    }

    @Test
    void upgradeCheckDowngradeWithTheirExitCodes() throws Exception {
        Cli.Result before = cli.run(db.args("check"));
        Cli.Result upgrade = cli.run(db.args("upgrade"));
        Cli.Result ready = cli.run(db.args("check"));
        Cli.Result downgrade = cli.run(db.args("downgrade", "-1"));
        Set<String> afterDowngrade = db.tables();
        Cli.Result behind = cli.run(db.args("check"));

        assertEquals(2, before.code(), before.toString());
        assertTrue(before.err().contains("not up to date"), before.toString());
        assertEquals(0, upgrade.code(), upgrade.toString());
        assertTrue(upgrade.err().contains("upgraded to heads: 5 revision(s) applied"), upgrade.toString());
        assertTrue(upgrade.err().contains("upgrade a1items \"create items\""), "a plain line a revision: " + upgrade);
        assertEquals("", upgrade.out(), "messages go to the standard error");
        assertEquals(0, ready.code(), ready.toString());
        assertEquals(0, downgrade.code(), downgrade.toString());
        assertFalse(afterDowngrade.contains("payments"), afterDowngrade.toString());
        assertTrue(afterDowngrade.contains("orders"), afterDowngrade.toString());
        assertEquals(2, behind.code(), behind.toString());
        assertTrue(behind.err().contains("migrate upgrade"), "the advice names this command line: " + behind);
    }

    @Test
    void productionNeedsTheDatabasesNameForADowngradeToBase() throws Exception {
        cli.run(db.args("upgrade", "--quiet"));
        Cli.Result refused = cli.run(db.args("downgrade", "base", "--environment", "prod"));
        Cli.Result wrong = cli.run(db.args("downgrade", "base", "--environment", "prod", "--confirm", "elsewhere"));
        Set<String> afterRefusals = db.tables();
        Cli.Result oneStep = cli.run(db.args("downgrade", "-1", "--environment", "prod"));
        Cli.Result fromVariable = new Cli().env("MIGRATE_ENVIRONMENT", "Production")
                .run(db.args("stamp", "--purge", "heads"));
        Cli.Result confirmed = cli.run(db.args("downgrade", "base", "--environment", "prod", "--confirm", db.name()));

        String upper = db.name().toUpperCase(java.util.Locale.ROOT);
        assertEquals(1, refused.code(), refused.toString());
        assertTrue(refused.err().contains("downgrade to base reverts 5 revision(s), every one applied, and the"
                + " environment prod is production: confirm it by naming the database, --confirm " + upper
                + ". Nothing was written"), refused.toString());
        assertEquals(1, wrong.code(), wrong.toString());
        assertTrue(wrong.err().contains("the confirmation \"elsewhere\" does not name this database, " + upper
                + "; to go ahead, --confirm " + upper), wrong.toString());
        assertTrue(afterRefusals.contains("payments"), "nothing was reverted: " + afterRefusals);
        assertEquals(0, oneStep.code(), "one revision back needs no confirmation: " + oneStep);
        assertEquals(1, fromVariable.code(), fromVariable.toString());
        assertTrue(fromVariable.err().contains("stamp with purge empties the version table, and the environment"
                + " Production is production"), fromVariable.toString());
        assertEquals(0, confirmed.code(), confirmed.toString());
        assertFalse(db.tables().contains("orders"), db.tables().toString());
    }

    @Test
    void verifyRevisionsFindsADroppedTable() throws Exception {
        cli.run(db.args("upgrade", "--quiet"));
        Cli.Result clean = cli.run(db.args("verify-revisions"));
        db.execute("DROP TABLE notes");
        Cli.Result drifted = cli.run(db.args("verify-revisions"));
        Cli.Result json = cli.run(db.args("verify-revisions", "--json"));

        assertEquals(0, clean.code(), clean.toString());
        assertTrue(clean.err().contains("verify: 5 applied revision(s) verified, none failed"), clean.toString());
        assertEquals(2, drifted.code(), drifted.toString());
        assertTrue(drifted.err().contains("verify: 1 of 5 applied revision(s) failed"), drifted.toString());
        assertTrue(drifted.err().contains("b2notes: ") && drifted.err().contains("the table notes is missing"),
                drifted.toString());
        Map<String, Object> result = JSON.std.mapFrom(json.out());
        assertEquals(List.of("b2notes"), List.copyOf(((Map<?, ?>) result.get("failed")).keySet()), json.out());
        assertEquals(5, ((List<?>) result.get("verified")).size(), json.out());
    }

    @Test
    void statusExitCodeAndJson() throws Exception {
        Cli.Result plain = cli.run(db.args("status"));
        Cli.Result gated = cli.run(db.args("status", "--exit-code"));
        cli.run(db.args("upgrade", "--target", "b2notes", "--quiet"));
        Cli.Result json = cli.run(db.args("status", "--json", "--exit-code"));

        assertEquals(0, plain.code(), "without --exit-code status reports and succeeds: " + plain);
        assertTrue(plain.out().contains("NOT up to date"), plain.toString());
        assertEquals(2, gated.code(), gated.toString());
        assertEquals(2, json.code(), json.toString());
        Map<String, Object> status = JSON.std.mapFrom(json.out());
        assertEquals(false, status.get("upToDate"), json.out());
        assertEquals(List.of("b2notes"), status.get("current"), json.out());
        assertEquals(List.of("c3tags", "d4orders", "e5payments"), status.get("pending"), json.out());
    }

    @Test
    void reportsAsJson() throws Exception {
        cli.run(db.args("upgrade", "--quiet"));

        Map<String, Object> current = JSON.std.mapFrom(cli.run(db.args("current", "--json")).out());
        Map<String, Object> history = JSON.std.mapFrom(cli.run(db.args("history", "--json")).out());
        Map<String, Object> check = JSON.std.mapFrom(cli.run(db.args("check", "--json")).out());
        Cli.Result graph = cli.run(db.args("history", "--graph"));

        assertEquals(List.of("e5payments"), current.get("current"));
        assertEquals(5, ((List<?>) history.get("revisions")).size());
        assertEquals(true, check.get("passed"));
        assertTrue(graph.out().contains("|\\"), graph.toString());
    }

    @Test
    void upgradeAsJson() throws Exception {
        Cli.Result result = cli.run(db.args("upgrade", "--json", "--target", "c3tags"));

        assertEquals(0, result.code(), result.toString());
        Map<String, Object> json = JSON.std.mapFrom(result.out());
        assertEquals("upgrade", json.get("command"));
        assertEquals(List.of("a1items", "c3tags"), json.get("revisions"));
    }

    @Test
    void dryRunUpgradeWritesNothing() throws Exception {
        Cli.Result result = cli.run(db.args("upgrade", "--dry-run"));

        assertEquals(0, result.code(), result.toString());
        assertTrue(result.out().contains("CREATE TABLE \"PAYMENTS\""), result.out());
        assertTrue(result.err().contains("would run 5 revision(s)"), result.toString());
        assertEquals(Set.of(), db.tables(), "not even the bookkeeping tables");
    }

    @Test
    void dryRunDowngradeAndStampChangeNothing() throws Exception {
        cli.run(db.args("upgrade", "--quiet"));

        Cli.Result downgrade = cli.run(db.args("downgrade", "base", "--dry-run", "--json"));
        Cli.Result stamp = cli.run(db.args("stamp", "--purge", "--dry-run", "b2notes", "c3tags"));

        assertEquals(0, downgrade.code(), downgrade.toString());
        Map<String, Object> plan = JSON.std.mapFrom(downgrade.out());
        assertEquals(5, ((List<?>) plan.get("plan")).size(), downgrade.out());
        assertTrue(((String) plan.get("sql")).contains("DROP TABLE \"ITEMS\""), downgrade.out());
        assertEquals(0, stamp.code(), stamp.toString());
        assertEquals("b2notes\nc3tags\n", stamp.out());
        assertEquals(ALL, db.tables());
        assertEquals(Set.of("e5payments"), db.versionRows());
    }

    @Test
    void dryRunThatCannotBePlannedIsAnErrorAndWritesNothing() throws Exception {
        Cli.Result result = cli.run(db.args("upgrade", "nosuchrevision", "--dry-run"));

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("nosuchrevision"), result.toString());
        assertEquals(Set.of(), db.tables());
    }

    @Test
    void badTargetIsAnErrorAndWritesNothing() throws Exception {
        cli.run(db.args("upgrade", "b2notes", "--quiet"));

        Cli.Result result = cli.run(db.args("upgrade", "--target", "nosuchrevision"));

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("upgrade to nosuchrevision stopped"), result.toString());
        assertEquals(Set.of("b2notes"), db.versionRows());
        assertFalse(db.tables().contains("tags"));
    }

    @Test
    void downgradeWithoutTargetNamesWhereToGiveIt() throws Exception {
        Cli.Result result = cli.run(db.args("downgrade"));

        assertEquals(1, result.code(), result.toString());
        assertTrue(result.err().contains("--target or the environment variable MIGRATE_TARGET"), result.toString());
    }

    @Test
    void stampAndResolve() throws Exception {
        Cli.Result stamp = cli.run(db.args("stamp", "heads"));
        Cli.Result resolve = cli.run(db.args("resolve", "a1items"));
        Cli.Result noRevision = cli.run(db.args("resolve"));

        assertEquals(0, stamp.code(), stamp.toString());
        assertEquals(Set.of("e5payments"), db.versionRows());
        assertFalse(db.tables().contains("items"), "a stamp runs nothing");
        assertEquals(1, resolve.code(), "nothing failed, nothing to resolve: " + resolve);
        assertEquals(1, noRevision.code(), noRevision.toString());
        assertTrue(noRevision.err().contains("Usage: migrate resolve"), noRevision.toString());
    }

    @Test
    void settingsFromTheEnvironmentAndTheConfigFile(@TempDir Path dir) throws Exception {
        Path config = Files.writeString(dir.resolve("migrate.properties"), "url=" + db.url() + "\nuser=sa\n"
                + "versionTable=from_file\n");
        Cli withEnv = new Cli().env("MIGRATE_VERSION_TABLE", "from_env");

        Cli.Result fromFile = cli.run("upgrade", "c3tags", "--config", config.toString(), "--quiet");
        Cli.Result envOverFile = withEnv.run("stamp", "heads", "--config", config.toString(), "--quiet");
        Cli.Result flagOverEnv = withEnv.run("current", "--config", config.toString(), "--version-table", "from_file");

        assertEquals(0, fromFile.code(), fromFile.toString());
        assertEquals(0, envOverFile.code(), envOverFile.toString());
        assertTrue(db.tables().containsAll(Set.of("from_file", "from_env", "tags")), db.tables().toString());
        assertEquals(0, flagOverEnv.code(), flagOverEnv.toString());
        assertTrue(flagOverEnv.out().contains("c3tags"), flagOverEnv.toString());
        assertFalse(flagOverEnv.out().contains("e5payments"), flagOverEnv.toString());
    }

    @Test
    void progressBarOnATerminalAndColourUnlessNoColor() throws Exception {
        // On a terminal, --user without a password asks for one: H2's sa has an empty one.
        Terminal terminal = prompt -> new char[0];
        Cli.Result bar = new Cli().terminal(terminal).run(db.args("upgrade"));
        Cli.Result coloured = new Cli().terminal(terminal).run(db.args("downgrade", "nosuch"));
        Cli.Result plain = new Cli().terminal(terminal).env("NO_COLOR", "1").run(db.args("downgrade", "nosuch"));
        Cli.Result piped = cli.run(db.args("downgrade", "nosuch"));

        assertEquals(0, bar.code(), bar.toString());
        assertTrue(bar.err().contains("\r[################----] 5/5 "), bar.err());
        assertFalse(bar.err().contains("upgrade a1items \"create items\" ("), "no plain lines under the bar");
        assertTrue(coloured.err().contains("\u001B[31merror:"), coloured.err());
        assertFalse(plain.err().contains("\u001B["), plain.err());
        assertFalse(piped.err().contains("\u001B["), piped.err());
    }

    @Test
    void aFewRevisionsOnATerminalGetPlainLines() throws Exception {
        Cli.Result result = new Cli().terminal(prompt -> new char[0]).run(db.args("upgrade", "c3tags"));

        assertEquals(0, result.code(), result.toString());
        assertFalse(result.err().contains("\r"), result.err());
        assertTrue(result.err().contains("upgrade c3tags \"create tags\""), result.err());
    }

    @Test
    void databaseAheadOfThisBuild() throws Exception {
        cli.run(db.args("upgrade", "--quiet"));
        // What a newer build leaves: a row this build does not have, standing on its head in the history.
        db.execute("UPDATE migrate_version SET version_num = 'f6newer'");
        db.execute("INSERT INTO migrate_history (revision, direction, message, checksum, status, started_at,"
                + " duration_ms, error, installed_by, in_transaction, lineage) VALUES ('f6newer', 'upgrade', 'newer',"
                + " NULL, 'applied', CURRENT_TIMESTAMP, 0, NULL, 'sa', FALSE, 'e5payments')");

        Cli.Result check = cli.run(db.args("check"));
        Cli.Result strict = cli.run(db.args("check", "--fail-on-ahead"));
        Cli.Result upgrade = cli.run(db.args("upgrade"));
        Cli.Result downgrade = cli.run(db.args("downgrade", "-1"));

        assertEquals(0, check.code(), check.toString());
        assertTrue(check.err().contains("the database is ahead of this build"), check.toString());
        assertEquals(2, strict.code(), strict.toString());
        assertTrue(strict.err().contains("--fail-on-ahead is set"), strict.toString());
        assertEquals(0, upgrade.code(), upgrade.toString());
        assertTrue(upgrade.err().contains("warning: The database is ahead of this build"), upgrade.toString());
        assertEquals(1, downgrade.code(), downgrade.toString());
        assertTrue(downgrade.err().contains("the database is ahead of this build"), downgrade.toString());
        assertEquals(Set.of("f6newer"), db.versionRows());
    }

    @Test
    void failedRevisionIsAnErrorThenNotReadyUntilResolved() throws Exception {
        // The first revision's table is already there: its CREATE TABLE fails, and on H2 stays recorded.
        // (A schema with tables and no version table is refused before anything runs unless allowed.)
        db.execute("CREATE TABLE items (id BIGINT)");
        cli.env("MIGRATE_ALLOW_NON_EMPTY_SCHEMA", "true");

        Cli.Result failed = cli.run(db.args("upgrade"));
        Cli.Result check = cli.run(db.args("check"));
        Cli.Result blocked = cli.run(db.args("upgrade"));
        db.execute("DROP TABLE items");
        Cli.Result resolve = cli.run(db.args("resolve", "--revision", "a1items"));
        Cli.Result again = cli.run(db.args("upgrade"));

        assertEquals(1, failed.code(), failed.toString());
        assertTrue(failed.err().contains("upgrade a1items \"create items\" failed"), failed.toString());
        assertTrue(failed.err().contains("error: upgrade to heads stopped:"), failed.toString());
        // The engine's repair advice names this command line's command, not the Java API's.
        assertTrue(failed.err().contains("migrate resolve --revision a1items"), failed.toString());
        assertFalse(failed.err().contains("markResolved"), failed.toString());
        assertTrue(blocked.err().contains("migrate resolve --revision a1items"), blocked.toString());
        assertEquals(2, check.code(), check.toString());
        assertTrue(check.err().contains("migrate resolve --revision a1items"), check.toString());
        assertEquals(1, blocked.code(), blocked.toString());
        assertEquals(0, resolve.code(), resolve.toString());
        assertEquals(0, again.code(), again.toString());
        assertEquals(Set.of("e5payments"), db.versionRows());
    }

    @Test
    void changedChecksumIsAcceptedWithAReason() throws Exception {
        assertEquals(0, cli.run(db.args("upgrade")).code());
        // What an edited comment in an applied revision leaves: the recorded checksum differs from the build's.
        db.execute("UPDATE migrate_history SET checksum = 'edited' WHERE revision = 'a1items'");

        Cli.Result blocked = cli.run(db.args("check"));
        Cli.Result noReason = cli.run(db.args("resolve", "a1items", "--accept-checksum"));
        Cli.Result accepted = cli.run(db.args("resolve", "a1items", "--accept-checksum", "--reason", "comment only"));
        Cli.Result check = cli.run(db.args("check"));

        assertEquals(2, blocked.code(), blocked.toString());
        assertTrue(blocked.err().contains("migrate resolve a1items --accept-checksum --reason"), blocked.toString());
        assertEquals(1, noReason.code(), noReason.toString());
        assertEquals(0, accepted.code(), accepted.toString());
        assertEquals(0, check.code(), check.toString());
    }

    @Test
    void aSchemaMadeBeforeMigrateIsRefusedUnlessAllowedOrIgnored() throws Exception {
        db.execute("CREATE TABLE legacy (id BIGINT)");

        Cli.Result refused = cli.run(db.args("upgrade"));
        Set<String> afterRefusal = db.tables();
        Cli.Result ignored = cli.run(db.args("upgrade", "--ignored-tables", "LEGACY"));

        assertEquals(1, refused.code(), refused.toString());
        assertTrue(refused.err().contains("--allow-non-empty-schema"), refused.toString());
        assertTrue(refused.err().contains("migrate stamp --target"), refused.toString());
        assertEquals(Set.of("legacy"), afterRefusal, "nothing written by the refused upgrade");
        assertEquals(0, ignored.code(), ignored.toString());
        assertEquals(Set.of("e5payments"), db.versionRows());
    }

    @Test
    void booleanFlagsTakeOnlyTrueOrFalse() throws Exception {
        Cli.Result flagThenTarget = cli.run(db.args("upgrade", "--single-transaction", "c3tags"));
        Cli.Result explicit = cli.run(db.args("upgrade", "--validate-checksums=false", "--single-transaction=false",
                "c3tags"));
        Cli.Result bad = cli.run(db.args("upgrade", "--fail-on-ahead=yes"));

        assertEquals(1, flagThenTarget.code(), flagThenTarget.toString());
        assertTrue(flagThenTarget.err().contains("error: upgrade to c3tags stopped:"), "the flag leaves the target: "
                + flagThenTarget);
        assertEquals(0, explicit.code(), explicit.toString());
        assertEquals(Set.of("c3tags"), db.versionRows());
        assertEquals(1, bad.code(), bad.toString());
        assertTrue(bad.err().contains("Usage: migrate upgrade"), bad.toString());
    }
}
