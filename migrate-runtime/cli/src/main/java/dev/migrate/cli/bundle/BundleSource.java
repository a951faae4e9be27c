package dev.migrate.cli.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Where the running bundle is, and its manifest's bytes: what both checks start from. */
final class BundleSource {

    private BundleSource() {}

    /**
     * The jar of the bundle the loader runs from.
     *
     * @return empty when the loader holds no bundle manifest: not running from a bundle
     * @throws IOException when the manifest is not inside a jar
     */
    static Optional<Path> jar(ClassLoader loader) throws IOException {
        URL url = loader.getResource(EntryRules.BUNDLE_JSON);
        if (url == null) {
            return Optional.empty();
        }
        if (!"jar".equals(url.getProtocol())) {
            throw new IOException(EntryRules.BUNDLE_JSON + " is at " + url + ", not inside a jar; run the bundle as"
                    + " the jar it was built as (java -jar <bundle>.jar)");
        }
        try {
            return Optional.of(Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI()));
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            throw new IOException("cannot locate the jar of " + url, e);
        }
    }

    /**
     * The manifest's bytes as the jar holds them.
     *
     * @throws IOException when the jar has no manifest or it cannot be read
     */
    static byte[] manifest(ZipFile zip, Path jar) throws IOException {
        ZipEntry json = zip.getEntry(EntryRules.BUNDLE_JSON);
        if (json == null) {
            throw new IOException(jar + " has no " + EntryRules.BUNDLE_JSON + ": it is not a bundle");
        }
        try (InputStream in = zip.getInputStream(json)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw unreadable(jar, e);
        }
    }

    /** The manifest cannot be read or does not have its shape. */
    static IOException unreadable(Path jar, IOException e) {
        return new IOException(EntryRules.BUNDLE_JSON + " in " + jar + " cannot be read: " + e.getMessage(), e);
    }

    /** Whether a jar entry is one of the files the manifest accounts for: not a directory, not itself. */
    static boolean listed(ZipEntry entry) {
        return !entry.isDirectory() && !entry.getName().equals(EntryRules.BUNDLE_JSON);
    }
}
