package dev.migrate.cli.bundle;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the checks read from the manifest's bytes as written, without parsing it: its schema version,
 * its digest and its listing. The writer puts {@code "schemaVersion"} first and {@code "listing"} and
 * {@code "digest"} last, so the text the digest covers is the file less its tail
 * {@code ,"digest":"sha256:<hex>"}. Checking the bytes costs one SHA-256 of the file, where parsing it
 * and writing it again costs several times that on thousands of revisions; and any edit, even one
 * that keeps the JSON's meaning, is found.
 */
final class ManifestBytes {

    private static final byte[] SCHEMA = ("{\"schemaVersion\":" + BundleManifest.SCHEMA_VERSION + ",")
            .getBytes(StandardCharsets.US_ASCII);
    private static final byte[] DIGEST = ",\"digest\":\"sha256:".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] LISTING = ",\"listing\":\"sha256:".getBytes(StandardCharsets.US_ASCII);
    private static final int HEX = 64;
    /** After the digest: its closing quote and the manifest's closing brace. */
    private static final int END = 2;

    private ManifestBytes() {}

    /**
     * Why the manifest does not match its digest.
     *
     * @param json the manifest's bytes as the jar holds them
     * @return empty when intact, else the reason, such as {@code its digest sha256:... does not match its
     *     content, sha256:...}
     */
    static Optional<String> problem(byte[] json) {
        int field = field(json, json.length - END, DIGEST);
        if (field < 0 || json[json.length - 2] != '"' || json[json.length - 1] != '}') {
            return Optional.of("it does not end with its digest, as it was written");
        }
        String declared = "sha256:" + new String(json, field + DIGEST.length, HEX, StandardCharsets.US_ASCII);
        MessageDigest sha = Sha256.digest();
        sha.update(json, 0, field);
        sha.update((byte) '}');
        String computed = "sha256:" + Sha256.hex(sha.digest());
        return computed.equals(declared) ? Optional.empty()
                : Optional.of("its digest " + declared + " does not match its content, " + computed);
    }

    /**
     * The listing's digest ({@link Listing}), of a manifest of this schema version whose field before
     * the digest is the listing; empty for a manifest written before listings were recorded. Whether
     * the manifest matches its digest is {@link #problem}'s to say.
     */
    static Optional<String> listing(byte[] json) {
        int digest = field(json, json.length - END, DIGEST);
        int listing = digest < 0 ? -1 : field(json, digest - 1, LISTING);
        if (listing < 0 || json[digest - 1] != '"' || !Arrays.equals(json, 0, SCHEMA.length, SCHEMA, 0, SCHEMA.length)) {
            return Optional.empty();
        }
        return Optional.of("sha256:" + new String(json, listing + LISTING.length, HEX, StandardCharsets.US_ASCII));
    }

    /** Where the field {@code name} starts whose hex value ends at {@code end}, or -1. */
    private static int field(byte[] json, int end, byte[] name) {
        int start = end - HEX - name.length;
        return start >= SCHEMA.length && Arrays.equals(json, start, start + name.length, name, 0, name.length) ? start : -1;
    }
}
