package dev.migrate.cli.bundle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The digest of a bundle's listing, {@code sha256:<hex>}: the SHA-256 of the UTF-8 text of one line
 * per file but the manifest, sorted by path, {@code <crc32> <size> <n> <path>\n}, with the file's
 * CRC-32 as 8 lower-case hex digits, its size in bytes, and its path after its length {@code n} in
 * UTF-16 code units ({@link String#length()}; so that no path can pass for several lines). The
 * writer computes it from the files' bytes; the check before a write computes it from the jar's
 * central directory, where the zip writer recorded each file's CRC-32 and size, so that no file is
 * inflated.
 */
final class Listing {

    private Listing() {}

    /** From the files' bytes, as the writer has them; the manifest is not among them. */
    static String of(Map<String, byte[]> files) {
        List<Line> lines = new ArrayList<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            CRC32 crc = new CRC32();
            crc.update(file.getValue());
            lines.add(new Line(file.getKey(), file.getValue().length, crc.getValue()));
        }
        return digest(lines);
    }

    /**
     * From the jar's central directory. A path the jar holds twice gives two lines, so it never
     * matches the writer's listing.
     */
    static String of(ZipFile zip) {
        List<Line> lines = new ArrayList<>();
        for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
            ZipEntry entry = entries.nextElement();
            if (BundleSource.listed(entry)) {
                lines.add(new Line(entry.getName(), entry.getSize(), entry.getCrc()));
            }
        }
        return digest(lines);
    }

    private static String digest(List<Line> lines) {
        Collections.sort(lines);
        // One text hashed at once: per line, three small updates cost more than the line itself, uncompiled.
        StringBuilder text = new StringBuilder(lines.size() * 64);
        HexFormat hex = HexFormat.of();
        for (Line line : lines) {
            text.append(hex.toHexDigits((int) line.crc())).append(' ').append(line.size()).append(' ')
                    .append(line.path().length()).append(' ').append(line.path()).append('\n');
        }
        return "sha256:" + Sha256.of(text.toString());
    }

    /** No lambda nor method reference: each would be bootstrapped on the start-up path of a write. */
    private record Line(String path, long size, long crc) implements Comparable<Line> {
        @Override
        public int compareTo(Line other) {
            return path.compareTo(other.path);
        }
    }
}
