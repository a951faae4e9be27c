package dev.migrate.cli.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A bundle's files recomputed and compared with its manifest.
 *
 * @param jar the bundle
 * @param manifest its manifest as written
 * @param differences what differs, sorted by path: {@code changed: <path>}, {@code missing: <path>},
 *     {@code added: <path>}, and a line for a manifest edited after it was written; empty when intact
 */
record BundleCheck(Path jar, BundleManifest manifest, List<String> differences) {

    /**
     * Checks the bundle the loader runs from.
     *
     * @return empty when the loader holds no bundle manifest: not running from a bundle
     * @throws IOException when the manifest is not inside a jar, cannot be read or is malformed
     */
    static Optional<BundleCheck> of(ClassLoader loader) throws IOException {
        URL url = loader.getResource(EntryRules.BUNDLE_JSON);
        if (url == null) {
            return Optional.empty();
        }
        if (!"jar".equals(url.getProtocol())) {
            throw new IOException(EntryRules.BUNDLE_JSON + " is at " + url + ", not inside a jar; run the bundle as"
                    + " the jar it was built as (java -jar <bundle>.jar)");
        }
        Path jar;
        try {
            jar = Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
        } catch (URISyntaxException | IllegalArgumentException | FileSystemNotFoundException e) {
            throw new IOException("cannot locate the jar of " + url, e);
        }
        return Optional.of(of(jar));
    }

    /** Checks a bundle jar. */
    static BundleCheck of(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            ZipEntry json = zip.getEntry(EntryRules.BUNDLE_JSON);
            if (json == null) {
                throw new IOException(jar + " has no " + EntryRules.BUNDLE_JSON + ": it is not a bundle");
            }
            BundleManifest manifest;
            try (InputStream in = zip.getInputStream(json)) {
                manifest = BundleManifest.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IOException(EntryRules.BUNDLE_JSON + " in " + jar + " cannot be read: " + e.getMessage(), e);
            }
            // Inflating and hashing some 20 MB is most of a write command's start-up: spread over the cores.
            Map<String, String> actual;
            try {
                actual = zip.stream().parallel()
                        .filter(entry -> !entry.isDirectory() && !entry.getName().equals(EntryRules.BUNDLE_JSON))
                        .collect(Collectors.toConcurrentMap(ZipEntry::getName, entry -> sha256(zip, entry)));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            return new BundleCheck(jar, manifest, differences(manifest, actual));
        }
    }

    private static String sha256(ZipFile zip, ZipEntry entry) {
        try (InputStream in = zip.getInputStream(entry)) {
            return Sha256.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> differences(BundleManifest manifest, Map<String, String> actual) {
        Map<String, String> byPath = new TreeMap<>();
        Map<String, String> expected = manifest.entries();
        expected.forEach((path, sha) -> {
            String found = actual.get(path);
            if (found == null) {
                byPath.put(path, "missing: " + path);
            } else if (!found.equals(sha)) {
                byPath.put(path, "changed: " + path);
            }
        });
        actual.keySet().stream().filter(path -> !expected.containsKey(path))
                .forEach(path -> byPath.put(path, "added: " + path));
        List<String> differences = new ArrayList<>();
        String computed = manifest.computedDigest();
        if (!computed.equals(manifest.digest())) {
            differences.add("changed: " + EntryRules.BUNDLE_JSON + " (its digest " + manifest.digest()
                    + " does not match its content, " + computed + ")");
        }
        differences.addAll(byPath.values());
        return differences;
    }

    /** The bundle's file name, for messages. */
    String name() {
        return jar.getFileName().toString();
    }
}
