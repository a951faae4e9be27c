package dev.migrate.cli.bundle;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a bundle, gathered from its sources in order: the first source that holds a path
 * wins, service registrations are merged, and what {@link EntryRules#dropped} names is left out.
 */
final class BundleContents {

    /** A file and the source it came from. */
    record Entry(byte[] bytes, Source source) {}

    private final Map<String, Entry> entries = new TreeMap<>();
    private final Map<String, Set<String>> services = new TreeMap<>();
    private final List<String> shadowed = new ArrayList<>();
    private boolean multiRelease;

    /** Adds the files of a jar or a directory of classes. */
    void add(Path file, Source source) throws IOException {
        if (Files.isDirectory(file)) {
            List<Path> files;
            try (Stream<Path> walk = Files.walk(file)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path f : files) {
                String path = file.relativize(f).toString().replace(f.getFileSystem().getSeparator(), "/");
                add(path, Files.readAllBytes(f), source);
            }
            return;
        }
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : zip.stream().sorted((a, b) -> a.getName().compareTo(b.getName())).toList()) {
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    add(entry.getName(), in.readAllBytes(), source);
                }
            }
        }
    }

    private void add(String path, byte[] bytes, Source source) throws IOException {
        if (path.equalsIgnoreCase(EntryRules.MANIFEST)) {
            // The bundle keeps the versioned classes of multi-release jars, so its own manifest must say so.
            String value = new Manifest(new ByteArrayInputStream(bytes)).getMainAttributes()
                    .getValue(Attributes.Name.MULTI_RELEASE);
            multiRelease |= Boolean.parseBoolean(value);
            return;
        }
        if (EntryRules.dropped(path)) {
            return;
        }
        if (EntryRules.service(path)) {
            Set<String> providers = services.computeIfAbsent(path, p -> new LinkedHashSet<>());
            for (String line : new String(bytes, StandardCharsets.UTF_8).split("\n")) {
                int comment = line.indexOf('#');
                String provider = (comment < 0 ? line : line.substring(0, comment)).trim();
                if (!provider.isEmpty()) {
                    providers.add(provider);
                }
            }
            return;
        }
        Entry kept = entries.get(path);
        if (kept == null) {
            entries.put(path, new Entry(bytes, source));
        } else if (!Arrays.equals(kept.bytes(), bytes)) {
            shadowed.add(path + " of " + name(source) + " (kept the one of " + name(kept.source()) + ")");
        }
    }

    private static String name(Source source) {
        return source.artifact() == null ? source.origin() : source.artifact();
    }

    /** Adds the merged service files and the jar manifest, then returns every file by path. */
    Map<String, Entry> finish(String toolVersion) {
        for (Map.Entry<String, Set<String>> service : services.entrySet()) {
            String text = String.join("\n", service.getValue()) + "\n";
            entries.put(service.getKey(), new Entry(text.getBytes(StandardCharsets.UTF_8), Source.BUNDLE));
        }
        // Written by hand rather than by java.util.jar.Manifest: no JDK version, fixed order, the same bytes everywhere.
        String manifest = "Manifest-Version: 1.0\r\n"
                + "Created-By: migrate " + toolVersion + "\r\n"
                + "Main-Class: dev.migrate.cli.Main\r\n"
                + (multiRelease ? "Multi-Release: true\r\n" : "")
                + "\r\n";
        entries.put(EntryRules.MANIFEST, new Entry(manifest.getBytes(StandardCharsets.UTF_8), Source.BUNDLE));
        return entries;
    }

    List<String> shadowed() {
        return shadowed;
    }

    /** The sources in the order they were added, for the manifest's groups. */
    static Map<Source, Map<String, byte[]>> bySource(Map<String, Entry> entries, List<Source> order) {
        Map<Source, Map<String, byte[]>> groups = new LinkedHashMap<>();
        for (Source source : order) {
            groups.put(source, new TreeMap<>());
        }
        groups.put(Source.BUNDLE, new TreeMap<>());
        entries.forEach((path, entry) -> groups.get(entry.source()).put(path, entry.bytes()));
        groups.values().removeIf(Map::isEmpty);
        return groups;
    }
}
