package dev.migrate.internal.index;

import dev.migrate.MigrationException;
import dev.migrate.graph.Message;
import dev.migrate.spi.IndexContents;
import dev.migrate.spi.RevisionDescriptor;
import dev.migrate.spi.RevisionIndex;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/** Reads {@link IndexContents}: the indexes through {@link ServiceLoader}, the scripts from the processor's listings. */
public final class IndexContentsReader {

    /**
     * The processor's listing of the revisions it compiled, beside the classes: one line per revision,
     * {@code class source-checksum [script...]}, with the scripts' resources URL-encoded.
     */
    static final String LISTING = "META-INF/migrate/revisions.lst";

    private IndexContentsReader() {}

    /**
     * Reads what the runtime loads through {@code classLoader}.
     *
     * @param classLoader where to look
     * @return the resources and classes
     * @throws MigrationException when an index cannot be loaded or a listing read
     */
    public static IndexContents read(ClassLoader classLoader) {
        Set<String> indexes = new TreeSet<>();
        Set<String> revisions = new TreeSet<>();
        try {
            for (RevisionIndex index : ServiceLoader.load(RevisionIndex.class, classLoader)) {
                indexes.add(index.getClass().getName());
                for (RevisionDescriptor revision : index.revisions()) {
                    revisions.add(revision.className());
                }
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            throw new MigrationException(Message.INDEX_UNLOADABLE.format(RevisionIndex.class.getName(), e.getMessage()), e);
        }
        Set<String> resources = new TreeSet<>();
        resources.add(IndexLoader.SERVICE_FILE);
        try {
            Enumeration<URL> listings = classLoader.getResources(LISTING);
            while (listings.hasMoreElements()) {
                resources.addAll(scripts(listings.nextElement()));
            }
        } catch (IOException e) {
            throw new MigrationException(Message.INDEX_UNLOADABLE.format(LISTING, e.getMessage()), e);
        }
        return new IndexContents(resources.stream().toList(), indexes.stream().toList(), revisions.stream().toList());
    }

    /** The scripts of one listing: from the third field of each line on. */
    private static Set<String> scripts(URL listing) throws IOException {
        Set<String> scripts = new TreeSet<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(listing.openStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.trim().split(" ");
                for (int i = 2; i < fields.length; i++) {
                    scripts.add(URLDecoder.decode(fields[i], StandardCharsets.UTF_8));
                }
            }
        }
        return scripts;
    }
}
