package dev.migrate.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An IDE or a stale-sources build recompiles only the revisions that changed: the index must
 * still hold the whole graph, read back from the previous build's classes.
 */
class IncrementalCompilationTest {

    @TempDir
    Path dir;

    private Path src;
    private Path out;
    private Path generated;

    private Path fullBuild() throws IOException {
        src = dir.resolve("src");
        out = dir.resolve("classes");
        generated = dir.resolve("generated");
        List<Path> sources = RealJavac.copyCase("linear", src);
        RealJavac.Result result = RealJavac.compile(sources, out, generated);
        assertTrue(result.success(), result.diagnostics());
        return generated.resolve("db/MigrateIndex.java");
    }

    @Test
    void recompilingOneRevisionKeepsTheOthersInTheIndex() throws IOException {
        Path index = fullBuild();
        String full = Files.readString(index);

        Path prefs = src.resolve("db/AddUserPreferences.java");
        RealJavac.Result result = RealJavac.compile(List.of(prefs), out, generated);

        assertTrue(result.success(), result.diagnostics());
        assertEquals(full, Files.readString(index));
    }

    @Test
    void editedRevisionGetsANewChecksumAndTheOthersKeepTheirs() throws IOException {
        Path index = fullBuild();
        String before = Files.readString(index);
        Path prefs = src.resolve("db/AddUserPreferences.java");
        Files.writeString(prefs, Files.readString(prefs).replace("theme VARCHAR(20)", "theme VARCHAR(40)"));

        RealJavac.Result result = RealJavac.compile(List.of(prefs), out, generated);

        assertTrue(result.success(), result.diagnostics());
        String after = Files.readString(index);
        assertNotEquals(checksumLine(before, "3f2a9c1d7b04"), checksumLine(after, "3f2a9c1d7b04"));
        assertEquals(checksumLine(before, "1c9e0b7a5d22"), checksumLine(after, "1c9e0b7a5d22"));
        assertEquals(checksumLine(before, "7d41c0e9a3b5"), checksumLine(after, "7d41c0e9a3b5"));
    }

    @Test
    void deletedRevisionLeavesTheIndex() throws IOException {
        Path index = fullBuild();
        Files.delete(src.resolve("db/Audit.java"));
        Files.delete(out.resolve("db/Audit.class"));
        Files.delete(out.resolve("db/Audit$AddAuditLog.class"));

        RealJavac.Result result = RealJavac.compile(List.of(src.resolve("db/CreateUsers.java")), out, generated);

        assertTrue(result.success(), result.diagnostics());
        String after = Files.readString(index);
        assertFalse(after.contains("7d41c0e9a3b5"), after);
        assertTrue(after.contains("\"3f2a9c1d7b04\\t"), after);
    }

    @Test
    void brokenChainIsCaughtEvenWhenOnlyOneFileIsRecompiled() throws IOException {
        fullBuild();
        Path audit = src.resolve("db/Audit.java");
        Files.writeString(audit, Files.readString(audit).replace("revises = \"3f2a9c1d7b04\"", "revises = \"3f2a9c1d7b05\""));

        RealJavac.Result result = RealJavac.compile(List.of(audit), out, generated);

        assertFalse(result.success());
        assertTrue(result.diagnostics().contains(
                "\"7d41c0e9a3b5\" (db.Audit.AddAuditLog) revises \"3f2a9c1d7b05\", but no revision has that id"),
                result.diagnostics());
    }

    @Test
    void corruptListingAsksForACleanBuild() throws IOException {
        fullBuild();
        Files.writeString(out.resolve(PreviousBuild.LISTING), "not a listing line at all\n");

        RealJavac.Result result = RealJavac.compile(List.of(src.resolve("db/CreateUsers.java")), out, generated);

        assertFalse(result.success());
        assertTrue(result.diagnostics().contains("run a clean build (mvn clean compile)"), result.diagnostics());
    }

    @Test
    void recompilingOnlyARevisionOrOnlyASeedKeepsEverySeedInTheIndex() throws IOException {
        src = dir.resolve("src");
        out = dir.resolve("classes");
        generated = dir.resolve("generated");
        List<Path> sources = RealJavac.copyCase("seeds", src);
        // Maven copies the resources into the class output before it compiles.
        Files.createDirectories(out.resolve("db"));
        Files.copy(Cases.directory("seeds").resolve("resources/db/demo_users.csv"), out.resolve("db/demo_users.csv"));
        RealJavac.Result first = RealJavac.compile(sources, out, generated);
        assertTrue(first.success(), first.diagnostics());
        Path index = generated.resolve("db/MigrateIndex.java");
        String full = Files.readString(index);
        assertTrue(full.contains("SeedDescriptor.of(\"demo_users\""), full);

        RealJavac.Result revisionOnly = RealJavac.compile(List.of(src.resolve("db/CreateUsers.java")), out, generated);
        assertTrue(revisionOnly.success(), revisionOnly.diagnostics());
        assertEquals(full, Files.readString(index));

        RealJavac.Result seedOnly = RealJavac.compile(List.of(src.resolve("db/Admin.java")), out, generated);
        assertTrue(seedOnly.success(), seedOnly.diagnostics());
        assertEquals(full, Files.readString(index));
    }

    /** The packed line of a revision in the generated source, which starts with its id. */
    private static String checksumLine(String index, String id) {
        return index.lines().filter(l -> l.contains("\"" + id + "\\t")).findFirst().orElseThrow();
    }
}
