package dev.migrate.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.internal.index.IndexLoader;
import dev.migrate.internal.index.LoadedRevisions;
import java.io.IOException;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Thousands of revisions compile, validate and load: the index is split so no class or method overflows. */
class LargeGraphTest {

    @TempDir
    Path dir;

    @Test
    void twoThousandRevisionsCompileAndLoad() throws Exception {
        int count = 2_000;
        List<Path> sources = GeneratedRevisions.write(dir.resolve("src"), count);
        Path out = dir.resolve("classes");

        RealJavac.Result result = RealJavac.compile(sources, out, dir.resolve("generated"));

        assertTrue(result.success(), result.diagnostics());
        try (URLClassLoader loader = new URLClassLoader(new java.net.URL[] {out.toUri().toURL()},
                getClass().getClassLoader())) {
            LoadedRevisions revisions = IndexLoader.load(loader, false);
            assertEquals(count, revisions.descriptors().size());
            String last = GeneratedRevisions.id(count - 1);
            assertEquals(List.of(GeneratedRevisions.id(count - 2)), revisions.descriptor(last).orElseThrow().revises());
            assertEquals("gen.R" + (count - 1), revisions.newMigration(last).getClass().getName());
            assertEquals("gen.R0", revisions.newMigration(GeneratedRevisions.id(0)).getClass().getName());
        }
    }

    @Test
    void generatedChainIsWhatTheBenchmarkCompiles() throws IOException {
        List<Path> sources = GeneratedRevisions.write(dir.resolve("src"), 3);

        assertEquals(3, sources.size());
        assertTrue(java.nio.file.Files.readString(sources.get(2))
                .contains("@Revision(id = \"" + GeneratedRevisions.id(2) + "\", revises = \"" + GeneratedRevisions.id(1)
                        + "\""));
    }
}
