package dev.migrate.maven;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The JPA classes among a project's compiled classes: those annotated {@code @Entity}, {@code
 * @Embeddable} or {@code @MappedSuperclass}. A class file names each annotation it carries in its
 * constant pool, so the files are searched for the annotations' descriptors without loading them.
 */
final class EntityClasses {

    private static final List<byte[]> ANNOTATIONS = Stream.of("Entity", "Embeddable", "MappedSuperclass")
            .map(name -> ("Ljakarta/persistence/" + name + ";").getBytes(StandardCharsets.UTF_8)).toList();

    private EntityClasses() {}

    /**
     * The binary names of the JPA classes under a class directory, sorted.
     *
     * @param classes the directory, such as {@code target/classes}; none when it does not exist
     * @return the class names
     * @throws IOException when a file cannot be read
     */
    static List<String> find(Path classes) throws IOException {
        List<String> found = new ArrayList<>();
        if (!Files.isDirectory(classes)) {
            return found;
        }
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                byte[] bytes = Files.readAllBytes(file);
                if (ANNOTATIONS.stream().anyMatch(a -> contains(bytes, a))) {
                    String relative = classes.relativize(file).toString().replace('\\', '/');
                    found.add(relative.substring(0, relative.length() - ".class".length()).replace('/', '.'));
                }
            }
        }
        return found;
    }

    private static boolean contains(byte[] bytes, byte[] part) {
        outer:
        for (int i = 0; i <= bytes.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (bytes[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
