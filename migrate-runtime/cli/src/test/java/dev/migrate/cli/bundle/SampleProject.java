package dev.migrate.cli.bundle;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A project compiled by javac with the real processor, as Maven would compile it: a branched graph
 * (base a1, then b2 on the {@code left} branch running the script {@code seed.sql}, and c3 on the
 * {@code right} branch, which empties items under an {@code @Allow}) and one library jar on its runtime
 * class path, which registers a service.
 */
final class SampleProject {

    static final String PROJECT = "com.example:shop:1.4.0";
    static final Instant TIMESTAMP = Instant.parse("2026-01-01T00:00:00Z");

    final Path classes;
    final BundleArtifact library;
    final BundleArtifact projectRuntime;

    private SampleProject(Path classes, BundleArtifact library, BundleArtifact projectRuntime) {
        this.classes = classes;
        this.library = library;
        this.projectRuntime = projectRuntime;
    }

    static SampleProject create(Path dir) throws IOException {
        Path sources = dir.resolve("src");
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("com/example/shop"));
        // Maven copies resources before compiling; the processor checks that the script is there.
        Files.writeString(classes.resolve("com/example/shop/seed.sql"), "INSERT INTO items (id) VALUES (1);\n");
        write(sources, "CreateItems", """
                @Revision(id = "a1", message = "create items")
                public final class CreateItems implements Migration {
                    @Override public void upgrade(Ops op) { op.execute("CREATE TABLE items (id INT)"); }
                    @Override public void downgrade(Ops op) { op.execute("DROP TABLE items"); }
                }
                """);
        write(sources, "SeedItems", """
                @Revision(id = "b2", revises = "a1", branchLabels = "left", message = "seed items")
                public final class SeedItems implements Migration {
                    @Override public void upgrade(Ops op) { op.executeScript("seed.sql"); }
                    @Override public void downgrade(Ops op) { op.execute("DELETE FROM items"); }
                }
                """);
        write(sources, "AddNotes", """
                @Revision(id = "c3", revises = "a1", branchLabels = "right", message = "add notes")
                @Allow(value = "delete-without-where", reason = "the notes of the old tool go")
                public final class AddNotes implements Migration {
                    @Override public void upgrade(Ops op) {
                        op.execute("CREATE TABLE notes (id INT)");
                        op.execute("DELETE FROM items");
                    }
                    @Override public void downgrade(Ops op) { op.execute("DROP TABLE notes"); }
                }
                """);
        compile(sources, classes);

        Path library = dir.resolve("greeting-1.0.jar");
        jar(library, Map.of(
                "com/example/greeting/Hello.txt", "hello",
                "META-INF/MANIFEST.MF", "Manifest-Version: 1.0\r\nCreated-By: someone\r\n\r\n",
                "META-INF/GREETING.SF", "signature",
                "META-INF/services/java.sql.Driver", "# a driver the library brings\ncom.example.greeting.FakeDriver\n"));
        BundleArtifact runtime = ToolJars.all().get(0);
        return new SampleProject(classes,
                new BundleArtifact("com.example", "greeting", "1.0", library),
                new BundleArtifact(runtime.groupId(), runtime.artifactId(), "0.0.1-old", runtime.file()));
    }

    BundleRequest request(Path jar, List<String> excludes) {
        return request(jar, excludes, List.of());
    }

    /** As {@link #request(Path, List)}, with more dependencies of the project after its own two. */
    BundleRequest request(Path jar, List<String> excludes, List<BundleArtifact> more) {
        List<BundleArtifact> dependencies = new ArrayList<>(List.of(projectRuntime, library));
        dependencies.addAll(more);
        return new BundleRequest(PROJECT, classes, dependencies, ToolJars.all(), excludes, jar, TIMESTAMP,
                "9.9.9-test");
    }

    private static void write(Path sources, String name, String body) throws IOException {
        Path file = sources.resolve("com/example/shop/" + name + ".java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "package com.example.shop;\n\nimport dev.migrate.*;\n\n" + body);
    }

    private static void compile(Path sources, Path classes) throws IOException {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<Path> files;
        try (var walk = Files.walk(sources)) {
            files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        List<Processor> processors = new ArrayList<>();
        ServiceLoader.load(Processor.class).forEach(processors::add);
        try (StandardJavaFileManager manager = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            Iterable<? extends JavaFileObject> units = manager.getJavaFileObjectsFromPaths(files);
            JavaCompiler.CompilationTask task = javac.getTask(null, manager, null,
                    List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path")),
                    null, units);
            task.setProcessors(processors);
            assertTrue(task.call(), "the sample revisions compile");
        }
    }

    static void jar(Path jar, Map<String, String> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String path : files.keySet().stream().sorted().toList()) {
                zip.putNextEntry(new ZipEntry(path));
                zip.write(files.get(path).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
    }
}
