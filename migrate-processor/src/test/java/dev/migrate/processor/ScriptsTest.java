package dev.migrate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import dev.migrate.graph.Message;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL scripts a revision runs: they must exist at compile time, and their content is part of
 * the revision's checksum. A transactional revision must not build an index concurrently.
 */
class ScriptsTest {

    @TempDir
    Path dir;

    /** Compiles a case with {@code resources} on the class path, as Maven's copied resources are. */
    private static Compilation compile(String caseName, Path resources, String... options) {
        List<File> classPath = new ArrayList<>();
        classPath.add(resources.toFile());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(entry));
        }
        return Compiler.javac().withProcessors(new RevisionProcessor()).withClasspath(classPath)
                .withOptions((Object[]) options).compile(Cases.sources(caseName));
    }

    private static Path resources() {
        return Cases.directory("scripts").resolve("resources");
    }

    private static String index(Compilation compilation) throws IOException {
        return compilation.generatedSourceFile("db.MigrateIndex").orElseThrow().getCharContent(true).toString();
    }

    private Path copyOfResources() throws IOException {
        Path copy = dir.resolve("resources-" + System.nanoTime());
        copy(resources(), copy);
        return copy;
    }

    @Test
    void scriptsAreFoundAndFoldedIntoTheChecksum() throws IOException {
        Compilation compilation = compile("scripts", resources());

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation).generatedSourceFile("db.MigrateIndex").contentsAsUtf8String()
                .isEqualTo(GoodGraphsTest.golden("golden/scripts/MigrateIndex.java"));
    }

    @Test
    void editingAScriptChangesOnlyItsRevisionsChecksum() throws IOException {
        String before = index(compile("scripts", resources()));
        Path edited = copyOfResources();
        Files.writeString(edited.resolve("shared/common.sql"), "CREATE TABLE common (id BIGINT);\n");

        String after = index(compile("scripts", edited));

        assertNotEquals(line(before, "\"r1\""), line(after, "\"r1\""));
        assertEquals(line(before, "\"r2\""), line(after, "\"r2\""));
    }

    @Test
    void lineEndingsAndTrailingSpacesOfAScriptDoNotCount() throws IOException {
        String before = index(compile("scripts", resources()));
        Path crlf = copyOfResources();
        Path script = crlf.resolve("db/reports.sql");
        Files.writeString(script, Files.readString(script).replace("\n", "  \r\n"));

        assertEquals(before, index(compile("scripts", crlf)));
    }

    @Test
    void theResourcesOptionNamesFoldersToLookIn() throws IOException {
        Path elsewhere = copyOfResources();
        Path empty = Files.createDirectories(dir.resolve("empty"));

        Compilation compilation = compile("scripts", empty, "-Amigrate.resources=" + dir.resolve("nope")
                + File.pathSeparator + elsewhere);

        assertThat(compilation).succeededWithoutWarnings();
        assertEquals(index(compile("scripts", resources())), index(compilation));
    }

    @Test
    void aMissingScriptIsAnErrorOnItsPath() {
        Compilation compilation = compile("scripts", dir);

        assertThat(compilation).hadErrorCount(3);
        assertThat(compilation).hadErrorContaining(Message.SCRIPT_MISSING.format("db.Reports", "reports.sql",
                        "db/reports.sql", "db/reports.sql"))
                .inFile(Cases.source("scripts", "Reports")).onLineContaining("op.executeScript(\"reports.sql\")");
        assertThat(compilation).hadErrorContaining(Message.SCRIPT_MISSING.format("db.Reports", "/shared/common.sql",
                        "shared/common.sql", "shared/common.sql"))
                .inFile(Cases.source("scripts", "Reports")).onLineContaining("/shared/common.sql");
        assertThat(compilation).hadErrorContaining(Message.SCRIPT_MISSING.format("db.Reports", "reports_undo.sql",
                        "db/reports_undo.sql", "db/reports_undo.sql"))
                .inFile(Cases.source("scripts", "Reports")).onLineContaining("executeScript(UNDO)");
    }

    @Test
    void unreadablePathsAndConcurrentIndexesInATransactionAreReported() {
        Compilation compilation = compile("script_errors", dir);

        assertThat(compilation).hadErrorCount(2);
        assertThat(compilation).hadErrorContaining(Message.SCRIPT_MISSING.format("db.Broken", "missing.sql",
                        "db/missing.sql", "db/missing.sql"))
                .inFile(Cases.source("script_errors", "Broken")).onLineContaining("\"missing.sql\"");
        assertThat(compilation).hadErrorContaining(Message.CONCURRENT_INDEX_IN_TRANSACTION.format("db.Broken"))
                .inFile(Cases.source("script_errors", "Broken")).onLineContaining("concurrently()");
        assertThat(compilation).hadWarningCount(1);
        assertThat(compilation).hadWarningContaining(Message.SCRIPT_NOT_CONSTANT.format("db.Broken"))
                .inFile(Cases.source("script_errors", "Broken")).onLineContaining("executeScript(path())");
    }

    /** An IDE recompiles one revision: the others' scripts are read again, from the listing of the previous build. */
    @Test
    void anIncrementalBuildReadsTheOtherRevisionsScriptsAgain() throws IOException {
        Path src = dir.resolve("src");
        Path out = dir.resolve("classes");
        Path generated = dir.resolve("generated");
        List<Path> sources = RealJavac.copyCase("scripts", src);
        copy(resources(), out);
        RealJavac.Result full = RealJavac.compile(sources, out, generated);
        assertTrue(full.success(), full.diagnostics());
        String before = Files.readString(generated.resolve("db/MigrateIndex.java"));
        assertTrue(Files.readString(out.resolve(PreviousBuild.LISTING))
                .contains("db.Reports " + SourceChecksum.sha256(SourceChecksum.normalise(
                        Files.readString(src.resolve("db/Reports.java")))) + " db%2Freports.sql db%2Freports_undo.sql"
                        + " shared%2Fcommon.sql\n"));

        Files.writeString(out.resolve("shared/common.sql"), "CREATE TABLE common (id BIGINT);\n");
        RealJavac.Result incremental = RealJavac.compile(List.of(src.resolve("db/Later.java")), out, generated);

        assertTrue(incremental.success(), incremental.diagnostics());
        String after = Files.readString(generated.resolve("db/MigrateIndex.java"));
        assertNotEquals(line(before, "\"r1\""), line(after, "\"r1\""));
        assertEquals(line(before, "\"r2\""), line(after, "\"r2\""));
        RealJavac.Result clean = RealJavac.compile(sources, dir.resolve("clean"), dir.resolve("clean-generated"),
                "-Amigrate.resources=" + out);
        assertTrue(clean.success(), clean.diagnostics());
        assertEquals(after, Files.readString(dir.resolve("clean-generated/db/MigrateIndex.java")),
                "the same index as a clean build");

        Files.delete(out.resolve("db/reports.sql"));
        RealJavac.Result broken = RealJavac.compile(List.of(src.resolve("db/Later.java")), out, generated);

        assertFalse(broken.success());
        assertTrue(broken.diagnostics().contains(Message.SCRIPT_MISSING.format("db.Reports", "/db/reports.sql",
                "db/reports.sql", "db/reports.sql")), broken.diagnostics());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }

    /** The packed line of a revision in the generated source, which starts with its quoted id. */
    private static String line(String index, String id) {
        String start = id.substring(0, id.length() - 1) + "\\t";
        return index.lines().filter(l -> l.contains(start)).findFirst().orElseThrow();
    }

}
