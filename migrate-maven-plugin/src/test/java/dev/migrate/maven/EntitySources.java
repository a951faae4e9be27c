package dev.migrate.maven;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/** Java sources a test writes and compiles, as a project's build would, into a class directory of their own. */
final class EntitySources {

    private EntitySources() {}

    /**
     * Compiles sources against the test class path.
     *
     * @param directory where the sources and classes go
     * @param sources the sources by binary class name
     * @param processors annotation processors to run, by class name
     * @return the class directory
     */
    static Path compile(Path directory, Map<String, String> sources, String... processors) throws IOException {
        Path src = directory.resolve("src");
        Path classes = directory.resolve("classes");
        Files.createDirectories(classes);
        List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "-cp",
                System.getProperty("java.class.path") + java.io.File.pathSeparator + classes, "-proc:"
                        + (processors.length == 0 ? "none" : "full")));
        if (processors.length > 0) {
            arguments.add("-processor");
            arguments.add(String.join(",", processors));
        }
        for (Map.Entry<String, String> source : sources.entrySet()) {
            Path file = src.resolve(source.getKey().replace('.', '/') + ".java");
            Files.createDirectories(file.getParent());
            Files.writeString(file, source.getValue());
            arguments.add(file.toString());
        }
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        StringWriter out = new StringWriter();
        int exit = javac.getTask(out, null, null, arguments.subList(0, arguments.size() - sources.size()), null,
                javac.getStandardFileManager(null, null, null).getJavaFileObjectsFromStrings(
                        arguments.subList(arguments.size() - sources.size(), arguments.size()))).call() ? 0 : 1;
        assertTrue(exit == 0, () -> "javac failed: " + out);
        return classes;
    }
}
