package dev.migrate.processor;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;

/** The source files of one case under {@code src/test/resources/cases/}, and their compilation. */
final class Cases {

    private Cases() {}

    static Path directory(String name) {
        try {
            return Path.of(Cases.class.getResource("/cases/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<JavaFileObject> sources(String name) {
        Path root = directory(name);
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".java"))
                    .sorted()
                    .map(p -> JavaFileObjects.forResource("cases/" + name + "/" + root.relativize(p).toString().replace('\\', '/')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JavaFileObject source(String name, String className) {
        return JavaFileObjects.forResource("cases/" + name + "/db/" + className + ".java");
    }

    static Compilation compile(String name, String... options) {
        return compile(sources(name), options);
    }

    static Compilation compile(List<JavaFileObject> sources, String... options) {
        return Compiler.javac().withProcessors(new RevisionProcessor()).withOptions((Object[]) options).compile(sources);
    }
}
