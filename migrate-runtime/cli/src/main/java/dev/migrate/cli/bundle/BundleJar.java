package dev.migrate.cli.bundle;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes the bundle's files as a jar whose bytes depend only on the files and the timestamp. */
final class BundleJar {

    private BundleJar() {}

    /**
     * Writes the jar: its manifest first (as {@link java.util.jar.JarInputStream} expects), then
     * every directory and file sorted by path, each with the same time. The file is replaced only
     * once it is complete.
     */
    static void write(Path jar, Map<String, byte[]> files, Instant timestamp) throws IOException {
        // The DOS time a zip entry holds is a local time; setting it as UTC's wall clock keeps the bytes the
        // same in every time zone (setTime would shift them by the zone's offset).
        LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC);
        Path parent = jar.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        // Not Files.createTempFile: its file is readable by its owner alone, and the bundle is for others to copy.
        Path partial = parent.resolve(jar.getFileName() + ".partial");
        try {
            try (OutputStream out = Files.newOutputStream(partial); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (String path : order(files)) {
                    ZipEntry entry = new ZipEntry(path);
                    entry.setTimeLocal(time);
                    zip.putNextEntry(entry);
                    byte[] bytes = files.get(path);
                    if (bytes != null) {
                        zip.write(bytes);
                    }
                    zip.closeEntry();
                }
            }
            Files.move(partial, jar, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    /** {@code META-INF/} and its manifest first, then every other directory and file, sorted. */
    private static List<String> order(Map<String, byte[]> files) {
        TreeSet<String> paths = new TreeSet<>(files.keySet());
        for (String path : files.keySet()) {
            for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
                paths.add(path.substring(0, slash + 1));
            }
        }
        List<String> order = new ArrayList<>();
        order.add("META-INF/");
        order.add(EntryRules.MANIFEST);
        paths.removeAll(order);
        order.addAll(paths);
        return order;
    }
}
