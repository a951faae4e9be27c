package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrate.spi.RevisionDescriptor;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RevisionSourceTest {

    @TempDir
    Path dir;

    private static RevisionDescriptor revision(String id, List<String> revises, List<String> dependsOn,
            List<String> labels, String message, String className) {
        return new RevisionDescriptor(id, revises, dependsOn, labels, message, true, null, className);
    }

    @Test
    void aRevisionLeavesItsBodiesToTheDeveloper() {
        RevisionDescriptor revision = revision("3f2a9c1d7b04", List.of("c3a5e7b9d1f2"), List.of(), List.of(),
                "add orders", "com.example.db.AddOrders");
        assertEquals("""
                package com.example.db;

                import dev.migrate.Migration;
                import dev.migrate.Ops;
                import dev.migrate.Revision;

                @Revision(id = "3f2a9c1d7b04", revises = "c3a5e7b9d1f2", message = "add orders")
                public final class AddOrders implements Migration {

                    @Override
                    public void upgrade(Ops op) {
                        // TODO the schema change, for example op.execute("CREATE TABLE ...");
                    }

                    @Override
                    public void downgrade(Ops op) {
                        // TODO undo what upgrade does, for example op.execute("DROP TABLE ...");
                    }
                }
                """, RevisionSource.render(revision, false, null, StandardCharsets.UTF_8));
    }

    @Test
    void aMergeHasNothingToFillInAndALongAnnotationWraps() {
        RevisionDescriptor merge = revision("m3rge0000001", List.of("a1f0c3e5b7d9", "b2e4d6f8a0c1"), List.of(),
                List.of("main"), "merge a1f0c3e5b7d9 and b2e4d6f8a0c1", "db.MergeA1f0c3e5b7d9AndB2e4d6f8a0c1");
        String source = RevisionSource.render(merge, true, null, StandardCharsets.UTF_8);
        assertTrue(source.contains("""
                @Revision(
                        id = "m3rge0000001",
                        revises = {"a1f0c3e5b7d9", "b2e4d6f8a0c1"},
                        branchLabels = "main",
                        message = "merge a1f0c3e5b7d9 and b2e4d6f8a0c1")
                public final class MergeA1f0c3e5b7d9AndB2e4d6f8a0c1 implements Migration {
                """), source);
        assertTrue(source.contains("// Nothing to do: this revision joins the branches."), source);
        assertTrue(!source.contains("TODO"), source);
    }

    @Test
    void theGeneratedClassCompilesAndReadsBackAsWritten() throws Exception {
        Charset latin1 = StandardCharsets.ISO_8859_1;
        RevisionDescriptor revision = revision("3f2a9c1d7b04", List.of("a1", "b2"), List.of("a1"), List.of("feature"),
                "tarte \"tatin\" à la crème ☕\tdone", "com.example.db.TarteTatin");
        Path src = dir.resolve("src");
        Path file = src.resolve("com/example/db/TarteTatin.java");
        Files.createDirectories(file.getParent());
        Files.write(file, RevisionSource.render(revision, false, null, latin1).getBytes(latin1));
        Files.writeString(src.resolve("com/example/db/Base.java"), """
                package com.example.db;
                @dev.migrate.Revision(id = "a1", message = "a")
                public final class Base implements dev.migrate.Migration {
                    @Override public void upgrade(dev.migrate.Ops op) {}
                    @Override public void downgrade(dev.migrate.Ops op) {}
                }
                """);
        Files.writeString(src.resolve("com/example/db/Other.java"), """
                package com.example.db;
                @dev.migrate.Revision(id = "b2", revises = "a1", message = "b")
                public final class Other implements dev.migrate.Migration {
                    @Override public void upgrade(dev.migrate.Ops op) {}
                    @Override public void downgrade(dev.migrate.Ops op) {}
                }
                """);

        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter out = new StringWriter();
        boolean compiled = javac.getTask(out, null, null, List.of("-proc:none", "-encoding", latin1.name(), "-d",
                dir.resolve("classes").toString(), "-classpath", SourceRevisionsTest.runtimeClasses().toString()),
                null, javac.getStandardFileManager(null, null, latin1).getJavaFileObjects(file.toFile(),
                        src.resolve("com/example/db/Base.java").toFile(), src.resolve("com/example/db/Other.java").toFile()))
                .call();
        assertTrue(compiled, out.toString());

        List<SourceRevisions.Found> found = SourceRevisions.read(List.of(src), List.of(src),
                List.of(SourceRevisionsTest.runtimeClasses()), latin1);
        assertEquals(revision, found.get(0).descriptor());
        assertEquals("com.example.db", found.get(0).packageName());
    }
}
