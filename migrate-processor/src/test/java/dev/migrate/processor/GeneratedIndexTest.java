package dev.migrate.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Migration;
import dev.migrate.MigrationException;
import dev.migrate.internal.index.IndexLoader;
import dev.migrate.internal.index.LoadedRevisions;
import dev.migrate.spi.RevisionDescriptor;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runtime finds generated indexes with ServiceLoader, merges them and creates revisions through them. */
class GeneratedIndexTest {

    @TempDir
    Path dir;

    private Path build(String caseName, String... options) throws IOException {
        Path out = dir.resolve(caseName + "-classes");
        RealJavac.Result result = RealJavac.compile(RealJavac.copyCase(caseName, dir.resolve(caseName + "-src")), out,
                dir.resolve(caseName + "-generated"), options);
        assertTrue(result.success(), result.diagnostics());
        return out;
    }

    private static URLClassLoader loader(Path... outputs) throws IOException {
        URL[] urls = new URL[outputs.length];
        for (int i = 0; i < outputs.length; i++) {
            urls[i] = outputs[i].toUri().toURL();
        }
        return new URLClassLoader(urls, GeneratedIndexTest.class.getClassLoader());
    }

    @Test
    void indexDescribesEveryRevisionAndCreatesIt() throws Exception {
        try (URLClassLoader loader = loader(build("linear"))) {
            LoadedRevisions revisions = IndexLoader.load(loader, false);

            List<String> ids = revisions.descriptors().stream().map(RevisionDescriptor::id).toList();
            assertEquals(List.of("1c9e0b7a5d22", "3f2a9c1d7b04", "7d41c0e9a3b5"), ids);
            RevisionDescriptor audit = revisions.descriptor("7d41c0e9a3b5").orElseThrow();
            assertEquals(List.of("3f2a9c1d7b04"), audit.revises());
            assertEquals("add audit log", audit.message());
            assertEquals(false, audit.transactional());
            assertEquals("db.Audit$AddAuditLog", audit.className());
            assertEquals(64, audit.checksum().length());
            Migration created = revisions.newMigration("7d41c0e9a3b5");
            assertEquals("db.Audit$AddAuditLog", created.getClass().getName());
        }
    }

    @Test
    void indexesOfSeveralModulesAreMerged() throws Exception {
        // Two modules, each with labelled branches of its own, as Alembic's several version locations.
        Path core = build("labelled", "-Amigrate.index=core.CoreIndex");
        Path reporting = build("reporting", "-Amigrate.index=reporting.ReportingIndex");
        try (URLClassLoader loader = loader(core, reporting)) {
            LoadedRevisions revisions = IndexLoader.load(loader, false);

            assertEquals(List.of("b1", "b2", "c1", "c2", "r1", "r2"),
                    revisions.descriptors().stream().map(RevisionDescriptor::id).toList());
            assertEquals("db.BillingNext", revisions.newMigration("b2").getClass().getName());
            assertEquals("db.R2", revisions.newMigration("r2").getClass().getName());
        }
    }

    @Test
    void mergedGraphIsValidatedWithTheProcessorsRules() throws Exception {
        Path app = build("linear");
        Path other = build("merge", "-Amigrate.index=other.OtherIndex");
        try (URLClassLoader loader = loader(app, other)) {
            MigrationException e = assertThrows(MigrationException.class, () -> IndexLoader.load(loader, false));

            assertTrue(e.getMessage().startsWith("The revision graph on the class path is invalid:"), e.getMessage());
            assertTrue(e.getMessage().contains("The revision graph has 2 bases"), e.getMessage());
        }
    }

    @Test
    void twoIndexesWithOneNameAreRefused() throws Exception {
        Path first = build("linear");
        Path second = build("merge");
        try (URLClassLoader loader = loader(first, second)) {
            MigrationException e = assertThrows(MigrationException.class, () -> IndexLoader.load(loader, true));

            assertTrue(e.getMessage().startsWith("The revision index db.MigrateIndex is on the class path more than once"),
                    e.getMessage());
            assertTrue(e.getMessage().contains("-Amigrate.index="), e.getMessage());
        }
    }
}
