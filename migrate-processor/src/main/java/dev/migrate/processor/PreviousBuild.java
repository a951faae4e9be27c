package dev.migrate.processor;

import java.io.BufferedReader;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The revisions of the previous build, kept beside the classes so that an incremental compilation
 * that sees only some revision sources (an IDE recompiling one file) still indexes the whole graph:
 * the others are read back from their class files, with the checksums recorded here. Each line is
 * {@code class source-checksum [script...]}: the checksum of the source alone, and the scripts it
 * runs (URL-encoded), whose content is read again, since a script may change without its revision.
 */
final class PreviousBuild {

    static final String LISTING = "META-INF/migrate/revisions.lst";
    /** The seeds' listing, in the same format: a seed's files are its scripts. */
    static final String SEED_LISTING = "META-INF/migrate/seeds.lst";

    private final String listing;

    private static final Pattern CHECKSUM = Pattern.compile("-|[0-9a-f]{64}");

    /**
     * One revision of the previous build.
     *
     * @param source the checksum of its source, or {@code null} when there was none
     * @param scripts the resources of the scripts it runs
     */
    record Listed(String source, List<String> scripts) {}

    private final Filer filer;

    PreviousBuild(Filer filer, String listing) {
        this.filer = filer;
        this.listing = listing;
    }

    /** Class name to what was listed, in the order written; empty when there was no build. */
    Map<String, Listed> read() throws IOException {
        Map<String, Listed> revisions = new LinkedHashMap<>();
        FileObject file;
        try {
            file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", listing);
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
                if (fields.length < 2 || !CHECKSUM.matcher(fields[1]).matches()) {
                    throw new IOException("unexpected line \"" + line + "\"");
                }
                List<String> scripts = new ArrayList<>();
                for (int i = 2; i < fields.length; i++) {
                    scripts.add(URLDecoder.decode(fields[i], StandardCharsets.UTF_8));
                }
                revisions.put(fields[0], new Listed(fields[1].equals("-") ? null : fields[1], List.copyOf(scripts)));
            }
        } catch (FileNotFoundException | NoSuchFileException e) {
            return revisions;
        }
        return revisions;
    }

    void write(List<? extends Listable> revisions, Element[] originating) throws IOException {
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", listing, originating);
        try (Writer writer = file.openWriter()) {
            writer.write("# " + (listing.equals(LISTING) ? "Revisions" : "Seeds") + " of the last build, by"
                    + " migrate-processor, for incremental compilation: class source-checksum script...\n");
            for (Listable revision : revisions) {
                Digest digest = revision.digest();
                StringBuilder line = new StringBuilder(revision.canonicalName()).append(' ')
                        .append(digest == null ? "-" : digest.source());
                for (String script : digest == null ? List.<String>of() : digest.scripts()) {
                    line.append(' ').append(URLEncoder.encode(script, StandardCharsets.UTF_8));
                }
                writer.write(line.append('\n').toString());
            }
        }
    }
}
