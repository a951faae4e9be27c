package dev.migrate.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code @Seed} classes: checked like revisions, listed in the index with a checksum of their source and CSV files. */
class SeedsTest {

    @TempDir
    Path dir;

    private static Compilation compile(String caseName, Path resources) {
        return compile(Cases.sources(caseName), resources);
    }

    private static Compilation compile(List<javax.tools.JavaFileObject> sources, Path resources) {
        List<File> classPath = new ArrayList<>();
        classPath.add(resources.toFile());
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.add(new File(entry));
        }
        return Compiler.javac().withProcessors(new RevisionProcessor()).withClasspath(classPath)
                .compile(sources);
    }

    private static String index(Compilation compilation) throws IOException {
        return compilation.generatedSourceFile("db.MigrateIndex").orElseThrow().getCharContent(true).toString();
    }

    /** The checksum the index gives a seed. */
    private static String checksum(String index, String seed) {
        Matcher m = Pattern.compile("SeedDescriptor\\.of\\(\"" + seed + "\", \"[^\"]*\", \"[^\"]*\", \"([0-9a-f]{64})\"")
                .matcher(index);
        assertTrue(m.find(), index);
        return m.group(1);
    }

    @Test
    void seedsAreListedInTheIndexByIdWithTheirChecksums() throws IOException {
        Compilation compilation = compile("seeds", Cases.directory("seeds").resolve("resources"));

        assertThat(compilation).succeededWithoutWarnings();
        String index = index(compilation);
        assertTrue(index.contains("public List<SeedDescriptor> seeds() {\n        return List.of(\n"
                + "                SeedDescriptor.of(\"admin\", \"\", \"users\", \"" + checksum(index, "admin")
                + "\", \"db.Admin\"),\n"
                + "                SeedDescriptor.of(\"demo_users\", \"dev staging\", \"u1\", \""
                + checksum(index, "demo_users") + "\", \"db.DemoUsers\")\n                );\n    }"), index);
        assertTrue(index.contains("public SeedData newSeed(int position) {\n        switch (position) {\n"
                + "            case 0: return new Admin();\n            case 1: return new DemoUsers();\n"), index);
        // The same sources give the same index.
        assertEquals(index, index(compile("seeds", Cases.directory("seeds").resolve("resources"))));
    }

    @Test
    void editingTheCsvFileChangesOnlyItsSeedsChecksum() throws IOException {
        Path resources = dir.resolve("resources");
        Files.createDirectories(resources.resolve("db"));
        Files.copy(Cases.directory("seeds").resolve("resources/db/demo_users.csv"), resources.resolve("db/demo_users.csv"));
        String before = index(compile("seeds", resources));
        Files.writeString(resources.resolve("db/demo_users.csv"), "id,name\n1,ann\n2,bob\n3,cy\n");

        String after = index(compile("seeds", resources));

        assertNotEquals(checksum(before, "demo_users"), checksum(after, "demo_users"));
        assertEquals(checksum(before, "admin"), checksum(after, "admin"));
    }

    @Test
    void anIndexWithoutSeedsKeepsTheDefaults() throws IOException {
        Compilation compilation = Cases.compile("linear");

        assertThat(compilation).succeeded();
        assertTrue(!index(compilation).contains("seeds()"));
    }

    @Test
    void badSeedsAreCompileErrorsOnTheValueAtFault() {
        // The bad seeds, after the revision of the good case.
        List<javax.tools.JavaFileObject> sources = new ArrayList<>(Cases.sources("seed_errors"));
        sources.add(Cases.source("seeds", "CreateUsers"));
        Compilation compilation = compile(sources, Cases.directory("seeds").resolve("resources"));

        assertThat(compilation).hadErrorContaining(Message.DUPLICATE_SEED_ID.format("twice", "db.Twice", "db.TwiceAgain"))
                .inFile(Cases.source("seed_errors", "TwiceAgain")).onLineContaining("@Seed(id = \"twice\"");
        assertThat(compilation).hadErrorContaining(Message.UNKNOWN_SEED_AFTER.format("db.UnknownAfter", "nope"))
                .inFile(Cases.source("seed_errors", "UnknownAfter")).onLineContaining("after = \"nope\"");
        assertThat(compilation).hadErrorContaining(Message.NOT_SEED_DATA.format("db.NotSeedData"))
                .inFile(Cases.source("seed_errors", "NotSeedData")).onLineContaining("@Seed");
        assertThat(compilation).hadErrorContaining(Message.NOT_PUBLIC.format("db.HiddenSeed"))
                .inFile(Cases.source("seed_errors", "HiddenSeed")).onLineContaining("@Seed");
        assertThat(compilation).hadErrorContaining(Message.NO_PUBLIC_CONSTRUCTOR.format("db.NeedsArgument"))
                .inFile(Cases.source("seed_errors", "NeedsArgument")).onLineContaining("@Seed");
        assertThat(compilation).hadErrorContaining(Message.NAME_BAD_CHARACTER.format("Seed id", "bad-name",
                "db.BadName", "-")).inFile(Cases.source("seed_errors", "BadName")).onLineContaining("@Seed");
        assertThat(compilation).hadErrorContaining(Message.BAD_SEED_ENVIRONMENT.format("db.BadName", "my env"))
                .inFile(Cases.source("seed_errors", "BadName")).onLineContaining("@Seed");
        assertThat(compilation).hadErrorContaining(Message.SCRIPT_MISSING.format("db.MissingCsv", "missing.csv",
                "db/missing.csv", "db/missing.csv")).inFile(Cases.source("seed_errors", "MissingCsv"))
                .onLineContaining("\"missing.csv\"");
        assertThat(compilation).hadErrorCount(8);
    }
}
