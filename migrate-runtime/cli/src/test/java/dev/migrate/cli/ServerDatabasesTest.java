package dev.migrate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.jr.ob.JSON;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The deploy sequence on the real servers: PostgreSQL and MariaDB, each in a schema or database of its own. */
class ServerDatabasesTest {

    private final Cli cli = new Cli();

    @ParameterizedTest
    @EnumSource(value = Database.Kind.class, names = {"POSTGRESQL", "MARIADB"})
    void upgradeCheckDowngradeAndDryRun(Database.Kind kind) throws Exception {
        try (Database db = Database.open(kind)) {
            Cli.Result upgrade = cli.run(db.args("upgrade"));
            Cli.Result ready = cli.run(db.args("check"));
            Cli.Result downgrade = cli.run(db.args("downgrade", "-1"));
            Cli.Result behind = cli.run(db.args("check"));
            Cli.Result status = cli.run(db.args("status", "--json"));
            Cli.Result dryRun = cli.run(db.args("upgrade", "--dry-run"));
            Set<String> afterDryRun = db.tables();
            Cli.Result badTarget = cli.run(db.args("upgrade", "nosuchrevision"));

            assertEquals(0, upgrade.code(), upgrade.toString());
            assertEquals(0, ready.code(), ready.toString());
            assertEquals(0, downgrade.code(), downgrade.toString());
            assertEquals(2, behind.code(), behind.toString());
            Map<String, Object> json = JSON.std.mapFrom(status.out());
            assertEquals(java.util.List.of("e5payments"), json.get("pending"), status.out());
            assertEquals(0, dryRun.code(), dryRun.toString());
            assertTrue(dryRun.out().contains("payments"), dryRun.out());
            assertFalse(afterDryRun.contains("payments"), "the dry run wrote nothing: " + afterDryRun);
            assertEquals(Set.of("d4orders"), db.versionRows());
            assertEquals(1, badTarget.code(), badTarget.toString());
            assertEquals(Set.of("d4orders"), db.versionRows());
        }
    }
}
