package dev.migrate.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.Migration;
import dev.migrate.MigrationException;
import dev.migrate.internal.index.IndexLoader;
import dev.migrate.internal.index.LoadedRevisions;
import dev.migrate.spi.RevisionAllowance;
import dev.migrate.spi.RevisionDescriptor;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

    /**
     * Messages with tabs, line breaks, backslashes and non-ASCII text come back as written, and a
     * message near the limit of one constant splits the packed text across constants.
     */
    @Test
    void anyMessageSurvivesThePackedIndex() throws Exception {
        String big = "x".repeat(40_000) + "\u00e9\u20ac\ud83d\ude00" + "y".repeat(20_000);
        List<String> messages = List.of("tab\there", "two\nlines\r\n", "back\\slash \\n", "", big, big + "!");
        Path src = Files.createDirectories(dir.resolve("messages-src/db"));
        List<Path> sources = new java.util.ArrayList<>();
        for (int i = 0; i < messages.size(); i++) {
            Path file = src.resolve("M" + i + ".java");
            Files.writeString(file, "package db;\n@dev.migrate.Revision(id = \"m" + i + "\""
                    + (i == 0 ? "" : ", revises = \"m" + (i - 1) + "\"") + ", message = \"" + escape(messages.get(i))
                    + "\")\npublic final class M" + i + " implements dev.migrate.Migration {\n"
                    + "    @Override public void upgrade(dev.migrate.Ops op) {}\n"
                    + "    @Override public void downgrade(dev.migrate.Ops op) {}\n}\n");
            sources.add(file);
        }
        Path out = dir.resolve("messages-classes");
        RealJavac.Result result = RealJavac.compile(sources, out, dir.resolve("messages-generated"));
        assertTrue(result.success(), result.diagnostics());
        String index = Files.readString(dir.resolve("messages-generated/db/MigrateIndex.java"));
        assertTrue(index.contains("RevisionDescriptor.unpack("), index);
        assertTrue(index.contains("\",\n"), "the big messages need several constants");

        try (URLClassLoader loader = loader(out)) {
            LoadedRevisions revisions = IndexLoader.load(loader, false);
            for (int i = 0; i < messages.size(); i++) {
                assertEquals(messages.get(i), revisions.descriptor("m" + i).orElseThrow().message(), "message of m" + i);
            }
            assertEquals(List.of("m4"), revisions.descriptor("m5").orElseThrow().revises());
        }
    }

    /**
     * Each revision's {@code @Allow}s, repeated ones included, are in the index with their reasons as
     * written, the rule ids as lint matches them; they stay when only another revision is recompiled.
     */
    @Test
    void allowancesAreInTheIndexAndSurviveAnIncrementalBuild() throws Exception {
        String reason = "tab\there, two\nlines, a \\ and caf\u00e9";
        Path src = Files.createDirectories(dir.resolve("allow-src/db"));
        Path dropping = src.resolve("Dropping.java");
        Files.writeString(dropping, "package db;\n@dev.migrate.Revision(id = \"a1\", message = \"drop\")\n"
                + "@dev.migrate.Allow(value = \"Drop-Column\", reason = \"" + escape(reason) + "\")\n"
                + "@dev.migrate.Allow(value = \"truncate\", reason = \"old rows\")\n"
                + "public final class Dropping implements dev.migrate.Migration {\n"
                + "    @Override public void upgrade(dev.migrate.Ops op) {}\n"
                + "    @Override public void downgrade(dev.migrate.Ops op) {}\n}\n");
        Path plain = src.resolve("Plain.java");
        Files.writeString(plain, "package db;\n@dev.migrate.Revision(id = \"b2\", revises = \"a1\")\n"
                + "public final class Plain implements dev.migrate.Migration {\n"
                + "    @Override public void upgrade(dev.migrate.Ops op) {}\n"
                + "    @Override public void downgrade(dev.migrate.Ops op) {}\n}\n");
        Path out = dir.resolve("allow-classes");
        Path generated = dir.resolve("allow-generated");
        RealJavac.Result result = RealJavac.compile(List.of(dropping, plain), out, generated);
        assertTrue(result.success(), result.diagnostics());
        List<RevisionAllowance> expected = List.of(new RevisionAllowance("a1", "drop-column", reason),
                new RevisionAllowance("a1", "truncate", "old rows"));
        try (URLClassLoader loader = loader(out)) {
            assertEquals(Map.of("a1", expected), IndexLoader.load(loader, false).allowances());
        }
        String full = Files.readString(generated.resolve("db/MigrateIndex.java"));

        // Only Plain recompiled: Dropping's allowances are read back from its class file.
        result = RealJavac.compile(List.of(plain), out, generated);
        assertTrue(result.success(), result.diagnostics());
        assertEquals(full, Files.readString(generated.resolve("db/MigrateIndex.java")));
    }

    /** A Java string literal of {@code text}. */
    private static String escape(String text) {
        StringBuilder literal = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> literal.append("\\\\");
                case '"' -> literal.append("\\\"");
                case '\n' -> literal.append("\\n");
                case '\r' -> literal.append("\\r");
                case '\t' -> literal.append("\\t");
                default -> literal.append(c);
            }
        }
        return literal.toString();
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
