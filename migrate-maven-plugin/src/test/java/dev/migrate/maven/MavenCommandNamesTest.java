package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A failure that suggests a repair names the plugin's goal, through the runtime with the plugin's names. */
class MavenCommandNamesTest {

    @Test
    void aVersionRowNoBuildKnowsNamesTheStampGoalWithPurge() throws Exception {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        try (Connection keep = DriverManager.getConnection(url, "sa", ""); Statement s = keep.createStatement()) {
            s.execute("CREATE TABLE migrate_version (version_num VARCHAR(64) NOT NULL PRIMARY KEY)");
            s.execute("INSERT INTO migrate_version (version_num) VALUES ('zzz999')");
            try (Migrator maven = Migrator.builder().url(url, "sa", "").commandNames(MavenCommandNames.INSTANCE).build();
                    Migrator api = Migrator.builder().url(url, "sa", "").build()) {
                String byMaven = assertThrows(MigrationException.class, () -> maven.upgrade("heads")).getMessage();
                String byApi = assertThrows(MigrationException.class, () -> api.upgrade("heads")).getMessage();

                assertTrue(byMaven.contains("The version table names revisions this build does not have (zzz999)"),
                        byMaven);
                assertTrue(byMaven.endsWith(": mvn migrate:stamp -Dmigrate.purge=true -Dmigrate.target=<revision>"),
                        byMaven);
                assertTrue(byApi.endsWith(": Migrator.stamp(true, \"<revision>\")"), byApi);
                assertFalse(byMaven.contains("Migrator.stamp") || byMaven.contains("stamp --purge"), byMaven);
            }
            s.execute("SHUTDOWN");
        }
    }

    @Test
    void eachRepairAsAMavenUserTypesIt() {
        assertEquals("mvn migrate:stamp -Dmigrate.purge=true -Dmigrate.target=ae1027",
                MavenCommandNames.INSTANCE.stamp(true, "ae1027"));
        // The stamp goal splits migrate.target at commas: several revisions are one parameter.
        assertEquals("mvn migrate:stamp -Dmigrate.target=a1,b2", MavenCommandNames.INSTANCE.stamp(false, "a1", "b2"));
        assertEquals("mvn migrate:resolve -Dmigrate.revision=ae1027", MavenCommandNames.INSTANCE.resolve("ae1027"));
        assertEquals("mvn migrate:upgrade", MavenCommandNames.INSTANCE.upgrade("heads"));
        assertEquals("mvn migrate:seed -Dmigrate.force=true", MavenCommandNames.INSTANCE.seed(false, true));
        assertEquals("mvn migrate:seed -Dmigrate.append=true", MavenCommandNames.INSTANCE.seed(true, false));
        assertEquals("mvn migrate:reset", MavenCommandNames.INSTANCE.reset());
    }
}
