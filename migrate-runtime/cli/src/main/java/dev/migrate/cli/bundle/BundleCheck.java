package dev.migrate.cli.bundle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A bundle's files inflated, hashed again with SHA-256 and compared with its manifest: the
 * {@code verify} command's check, which finds any byte that differs.
 *
 * @param jar the bundle
 * @param manifest its manifest as written
 * @param differences what differs, as {@link Differences} lists it; empty when intact
 */
record BundleCheck(Path jar, BundleManifest manifest, List<String> differences) {

    /** Checks a bundle jar. */
    static BundleCheck of(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            byte[] json = BundleSource.manifest(zip, jar);
            BundleManifest manifest;
            try {
                manifest = BundleManifest.parse(new String(json, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw BundleSource.unreadable(jar, e);
            }
            // Inflating and hashing some 20 MB is most of the command's time: spread over the cores.
            List<Map.Entry<String, String>> actual;
            try {
                actual = zip.stream().parallel().filter(BundleSource::listed)
                        .map(entry -> Map.entry(entry.getName(), sha256(zip, entry))).toList();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            Map<String, String> expected = manifest.entries();
            Differences differences = new Differences(expected.keySet());
            ManifestBytes.problem(json).ifPresent(differences::manifest);
            for (Map.Entry<String, String> file : actual) {
                differences.file(file.getKey(), file.getValue().equals(expected.get(file.getKey())));
            }
            return new BundleCheck(jar, manifest, differences.list());
        }
    }

    private static String sha256(ZipFile zip, ZipEntry entry) {
        try (InputStream in = zip.getInputStream(entry)) {
            return Sha256.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
