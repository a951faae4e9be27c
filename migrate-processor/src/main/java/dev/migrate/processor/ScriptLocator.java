package dev.migrate.processor;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds a revision's SQL script at compile time where the runtime will find it on the class path:
 * in the class output (Maven copies {@code src/main/resources} there before compiling), in the
 * folders of {@code -Amigrate.resources} (Gradle keeps resources apart), on the class path, or
 * beside the sources.
 */
final class ScriptLocator {

    private static final List<JavaFileManager.Location> LOCATIONS =
            List.of(StandardLocation.CLASS_PATH, StandardLocation.SOURCE_PATH);

    private final Filer filer;
    private final List<Path> folders;

    ScriptLocator(Filer filer, List<Path> folders) {
        this.filer = filer;
        this.folders = List.copyOf(folders);
    }

    /** The script's text, or {@code null} when no location has it; {@link IOException} when it cannot be read. */
    String read(String resource) throws IOException {
        String text = read(StandardLocation.CLASS_OUTPUT, resource);
        for (Path folder : folders) {
            if (text == null && Files.isRegularFile(folder.resolve(resource))) {
                text = Files.readString(folder.resolve(resource), StandardCharsets.UTF_8);
            }
        }
        for (JavaFileManager.Location location : LOCATIONS) {
            if (text == null) {
                text = read(location, resource);
            }
        }
        return text;
    }

    private String read(JavaFileManager.Location location, String resource) throws IOException {
        FileObject file;
        try {
            file = filer.getResource(location, "", resource);
        } catch (FileNotFoundException | NoSuchFileException | IllegalArgumentException e) {
            return null; // not there, or the location is not set
        }
        try (InputStream in = file.openInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (FileNotFoundException | NoSuchFileException e) {
            return null;
        }
    }
}
