package dev.migrate.cli.bundle;

import dev.migrate.MigrationException;
import dev.migrate.Migrator;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a release bundle: one executable jar ({@code java -jar <bundle> <command>}) holding the
 * project's compiled revisions, their index and SQL scripts, the project's runtime class path less
 * the excludes, and the tool's runtime, command line and JDBC drivers (PostgreSQL, MySQL, MariaDB,
 * H2), with {@code META-INF/migrate/bundle.json} describing and digesting all of it; and beside it
 * the offline upgrade scripts from base to the heads for PostgreSQL, MySQL and H2, on the default
 * bookkeeping tables (the bundle's {@code sql} command writes them for others).
 *
 * <p>The same request gives the same bytes: files are sorted, every entry carries the request's
 * timestamp, service registrations are merged in a fixed order, and the jar manifest names no JDK.
 * Other jars' manifests, signatures and module descriptors are dropped. When two sources hold the
 * same path, the tool's libraries win over the project's classes, which win over its
 * dependencies.
 */
public final class BundleWriter {

    /** The dialects of the offline scripts written beside the bundle. */
    public static final List<String> SCRIPT_DIALECTS = List.of("postgresql", "mysql", "h2");

    private BundleWriter() {}

    /**
     * Writes the bundle and its offline scripts.
     *
     * @param request what goes in, and where the bundle goes
     * @return what was written
     * @throws MigrationException for a bad exclude, no compiled revisions, a broken revision graph, a
     *     revision that cannot be written as offline SQL, or an incomplete tool
     * @throws IOException when a source cannot be read or the bundle cannot be written
     */
    public static BundleResult write(BundleRequest request) throws IOException {
        Excludes excludes = new Excludes(request.excludes());
        List<BundleArtifact> tool = ToolArtifacts.select(request.tool());
        Set<String> toolKeys = ToolArtifacts.carried(tool);
        List<BundleArtifact> dependencies = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        for (BundleArtifact dependency : request.dependencies()) {
            if (toolKeys.contains(dependency.key())) {
                leftOut.add(dependency.coordinates() + " (the bundle carries the tool's own)");
            } else if (excludes.excludes(dependency)) {
                leftOut.add(dependency.coordinates() + " (excluded)");
            } else {
                dependencies.add(dependency);
            }
        }
        if (!Files.isDirectory(request.classes())) {
            throw new MigrationException("no compiled classes at " + request.classes() + "; compile the project first");
        }

        BundleRevisions revisions;
        Map<String, String> scripts = new LinkedHashMap<>();
        try (URLClassLoader loader = loader(request.classes(), dependencies)) {
            revisions = BundleRevisions.load(loader, request.classes().toString());
            for (String dialect : SCRIPT_DIALECTS) {
                scripts.put(dialect, Migrator.builder().classLoader(loader).sqlScripts(dialect).upgrade("base:heads"));
            }
        }

        List<Source> order = new ArrayList<>();
        BundleContents contents = new BundleContents();
        for (BundleArtifact artifact : tool) {
            order.add(add(contents, artifact.file(), new Source("tool", artifact.coordinates())));
        }
        order.add(add(contents, request.classes(), new Source("project", request.project())));
        for (BundleArtifact dependency : dependencies) {
            order.add(add(contents, dependency.file(), new Source("dependency", dependency.coordinates())));
        }
        Map<String, BundleContents.Entry> entries = contents.finish(request.toolVersion());
        List<BundleManifest.Group> groups = new ArrayList<>();
        BundleContents.bySource(entries, order).forEach((source, files) -> {
            Map<String, String> digests = new TreeMap<>();
            files.forEach((path, bytes) -> digests.put(path, Sha256.of(bytes)));
            groups.add(new BundleManifest.Group(source.origin(), source.artifact(), digests));
        });
        Map<String, byte[]> files = new TreeMap<>();
        entries.forEach((path, entry) -> files.put(path, entry.bytes()));
        BundleManifest manifest = BundleManifest.of(request.toolVersion(), request.project(), revisions.descriptors(),
                revisions.allowances(), revisions.heads(), groups, Listing.of(files));
        files.put(EntryRules.BUNDLE_JSON, manifest.json().getBytes(StandardCharsets.UTF_8));
        BundleJar.write(request.jar(), files, request.timestamp());

        Map<String, Path> scriptFiles = new TreeMap<>();
        for (Map.Entry<String, String> script : scripts.entrySet()) {
            Path file = scriptPath(request.jar(), script.getKey());
            Files.writeString(file, script.getValue(), StandardCharsets.UTF_8);
            scriptFiles.put(script.getKey(), file);
        }
        return new BundleResult(request.jar(), scriptFiles, manifest.digest(), revisions.descriptors().size(),
                revisions.heads(), entries.size(), leftOut, excludes.unused(), contents.shadowed());
    }

    /**
     * Where the offline script of a dialect goes: beside the bundle, named after it.
     *
     * @param jar the bundle, such as {@code shop-1.4.0-migrations.jar}
     * @param dialect such as {@code postgresql}
     * @return such as {@code shop-1.4.0-migrations-postgresql.sql}
     */
    public static Path scriptPath(Path jar, String dialect) {
        String name = jar.getFileName().toString();
        String stem = name.endsWith(".jar") ? name.substring(0, name.length() - ".jar".length()) : name;
        return jar.resolveSibling(stem + "-" + dialect + ".sql");
    }

    private static Source add(BundleContents contents, Path file, Source source) throws IOException {
        contents.add(file, source);
        return source;
    }

    /** The class path the bundle's project part runs with, over the tool's runtime. */
    private static URLClassLoader loader(Path classes, List<BundleArtifact> dependencies) throws IOException {
        List<URL> urls = new ArrayList<>();
        urls.add(classes.toUri().toURL());
        for (BundleArtifact dependency : dependencies) {
            urls.add(dependency.file().toUri().toURL());
        }
        return new URLClassLoader("migrate-bundle", urls.toArray(new URL[0]),
                new MigrateApiClassLoader(BundleWriter.class.getClassLoader()));
    }
}
