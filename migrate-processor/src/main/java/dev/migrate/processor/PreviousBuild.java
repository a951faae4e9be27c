package dev.migrate.processor;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.NoSuchFileException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The revisions of the previous build, kept beside the classes so that an incremental compilation
 * that sees only some revision sources (an IDE recompiling one file) still indexes the whole graph:
 * the others are read back from their class files, with the checksums recorded here.
 */
final class PreviousBuild {

    static final String LISTING = "META-INF/migrate/revisions.lst";
    private static final String HEADER =
            "# Revisions of the last build, by migrate-processor, for incremental compilation: class checksum";

    private final Filer filer;

    PreviousBuild(Filer filer) {
        this.filer = filer;
    }

    /** Class name to checksum ({@code null} when none), in the order written; empty when there was no build. */
    Map<String, String> read() throws IOException {
        Map<String, String> revisions = new LinkedHashMap<>();
        FileObject file;
        try {
            file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", LISTING);
        } catch (IllegalArgumentException e) {
            return revisions; // no class output to read from
        }
        try (Reader raw = file.openReader(true); BufferedReader reader = new BufferedReader(raw)) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.trim().split(" ");
                if (fields.length != 2) {
                    throw new IOException("unexpected line \"" + line + "\"");
                }
                revisions.put(fields[0], fields[1].equals("-") ? null : fields[1]);
            }
        } catch (FileNotFoundException | NoSuchFileException e) {
            return revisions;
        }
        return revisions;
    }

    void write(List<RevisionModel> revisions, Element[] originating) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", LISTING, originating);
        try (Writer writer = file.openWriter()) {
            writer.write(HEADER + "\n");
            for (RevisionModel revision : revisions) {
                writer.write(revision.canonicalName() + " " + (revision.checksum() == null ? "-" : revision.checksum())
                        + "\n");
            }
        }
    }
}
