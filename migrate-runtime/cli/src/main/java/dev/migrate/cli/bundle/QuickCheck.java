package dev.migrate.cli.bundle;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipFile;

/**
 * The check before a write: the manifest against its digest, and the jar's listing as its central
 * directory records it (each file's path, size and CRC-32) against the listing the manifest
 * records; no file is inflated but the manifest. A file replaced, removed or added, by any tool that
 * writes zips, changes the listing. When anything differs, or an older manifest records no listing,
 * every file is hashed as {@code verify} does, to name what differs; so a write goes on from whatever
 * {@code verify} accepts, such as a jar that holds a file twice with the same bytes.
 *
 * <p>Only bytes patched inside a file's compressed data, its central directory entry left as it
 * was, escape the listing; {@code verify}, which inflates and hashes every file, finds them.
 */
final class QuickCheck {

    private QuickCheck() {}

    /**
     * Checks a bundle jar.
     *
     * @return what differs, as {@link Differences} lists it; empty when intact
     * @throws IOException when the jar or its manifest cannot be read
     */
    static List<String> differences(Path jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            byte[] json = BundleSource.manifest(zip, jar);
            Optional<String> listing = ManifestBytes.listing(json);
            if (listing.isPresent() && ManifestBytes.problem(json).isEmpty() && listing.get().equals(Listing.of(zip))) {
                return List.of();
            }
        }
        return BundleCheck.of(jar).differences();
    }
}
